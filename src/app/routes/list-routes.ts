import * as category from './category';
import * as home from './home';

/** Both list routes in one chunk: moving between them (choosing a category) never waits for code. */
export { category, home };
