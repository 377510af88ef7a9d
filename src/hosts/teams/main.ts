/** Entry of the Teams tab / web page (index.html). */
import { startApp } from './startApp';

const root = document.getElementById('root');
if (root !== null) void startApp(root);
