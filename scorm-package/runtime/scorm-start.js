// The SCORM package's bootstrap (launched by app/scorm.html): the study page with the SCORM runtime
// and the deck this package carries.
import pkg from '../../deck.js';
import { createScormRuntime } from './scorm.js';
import { startStudyPage } from '../study-page.js';

startStudyPage(() => createScormRuntime(pkg));
