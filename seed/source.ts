// The reprint of the source report is dated 2021-12-01; "今年" in it means 2021, and what it
// reports was last checked on that day.
export const ARTICLE_PUBLISHED_ON = '2021-12-01';
