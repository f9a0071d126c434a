/** Rows per list page: a screenful at 1400 px, and well inside the API's page limit (100). */
export const PAGE_SIZE = 25;
