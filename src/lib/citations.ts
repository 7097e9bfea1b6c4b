/** A repository root or a whole top-level README (no section anchor): a generic citation. */
export const isGenericCitation = (url: string) =>
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(url) ||
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/README(\.[a-z]+)?$/i.test(url) ||
  /#readme$/i.test(url);
