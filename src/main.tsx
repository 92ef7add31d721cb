// The standalone course's entry (index.html). Everything it runs lives in the first-visit chunk,
// as a function only this entry calls: the LMS page shares that chunk and must never run it.
import { startCourse } from './app/start-course';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');
startCourse(root);
