// The search page: reads `q` from the address, asks Pagefind (loaded only here, on demand) and
// lists titles and excerpts. Every piece of text from the index goes in through textContent;
// only Pagefind's <mark> highlights are kept, rebuilt as elements.
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { basePath: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const config = document.querySelector<HTMLElement>('[data-search-config]')!;
const messages = JSON.parse(config.dataset.messages!) as Record<string, string>;
const bundle = config.dataset.bundle!;
const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

/** Excerpt text with its <mark> highlights as elements; anything else stays text. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // A <textarea> decodes entities as plain text (RCDATA): nothing in it is parsed as markup.
  const decoder = document.createElement('textarea');
  const decode = (text: string) => {
    decoder.innerHTML = text;
    return decoder.value;
  };
  excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    if (mark) {
      const element = document.createElement('mark');
      element.textContent = decode(mark[1]!);
      fragment.append(element);
    } else fragment.append(decode(part));
  });
  return fragment;
}

let pagefind: Promise<Pagefind> | undefined;
const load = () =>
  (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ basePath: bundle });
    return module;
  }));

async function run(query: string) {
  list.replaceChildren();
  if (!query.trim()) {
    statusLine.textContent = messages.prompt!;
    return;
  }
  statusLine.textContent = messages.searching!;
  try {
    const { results } = await (await load()).search(query);
    const shown = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    statusLine.textContent = shown.length
      ? messages.count!.replace('{count}', String(results.length))
      : messages.none!;
    for (const item of shown) {
      const entry = document.createElement('li');
      entry.dataset.searchResult = '';
      const link = document.createElement('a');
      link.href = item.url;
      link.className = 'text-lg font-medium';
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'text-sm text-slate-700 dark:text-slate-300';
      excerpt.append(excerptNode(item.excerpt));
      entry.append(link, excerpt);
      list.append(entry);
    }
  } catch {
    statusLine.textContent = messages.failed!;
  }
}

const query = new URLSearchParams(window.location.search).get('q') ?? '';
input.value = query.slice(0, 200);
void run(input.value);
