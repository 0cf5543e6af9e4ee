import { type AnalyzedDocument, analyze, compare, loadLanguages, renderHtml } from '@corpus/compare';
import { type IngestedDocument, ingestBytes, ingestText, loadLanguageModel } from '@corpus/ingest';

/** One article the reader added: a dropped or chosen file (bytes) or pasted text. */
interface Article {
  name: string;
  bytes?: Uint8Array;
  text?: string;
}

const articles: Article[] = [];
let pasted = 0;
let reportUrl: string | undefined;

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const form = element<HTMLFormElement>('articles');
const drop = element<HTMLDivElement>('drop');
const files = element<HTMLInputElement>('files');
const paste = element<HTMLTextAreaElement>('paste');
const chosen = element<HTMLUListElement>('chosen');
const status = element<HTMLParagraphElement>('status');
const compareButton = element<HTMLButtonElement>('compare');

function showArticles(): void {
  chosen.replaceChildren(
    ...articles.map((article, i) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = article.name;
      const size = document.createElement('span');
      size.className = 'muted';
      size.textContent = article.bytes
        ? `${article.bytes.length.toLocaleString('en')} bytes`
        : `${(article.text ?? '').length.toLocaleString('en')} characters, pasted`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${article.name}`);
      remove.addEventListener('click', () => {
        articles.splice(i, 1);
        showArticles();
      });
      item.append(name, size, remove);
      return item;
    }),
  );
  element('none').hidden = articles.length > 0;
  compareButton.disabled = articles.length < 2;
}

async function addFiles(list: FileList | File[]): Promise<void> {
  for (const file of list)
    articles.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  showArticles();
  status.textContent = `${articles.length} article${articles.length === 1 ? '' : 's'} ready.`;
}

files.addEventListener('change', () => {
  if (files.files) void addFiles(files.files).then(() => (files.value = ''));
});
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer?.files.length) void addFiles(event.dataTransfer.files);
});
element('add-paste').addEventListener('click', () => {
  const text = paste.value.trim();
  if (!text) {
    status.textContent = 'Paste the text of an article first.';
    return;
  }
  pasted += 1;
  articles.push({ name: `pasted-${pasted}.txt`, text });
  paste.value = '';
  showArticles();
  status.textContent = `Added pasted-${pasted}.txt.`;
});

/** Lets the page paint between articles: analysis runs in the page's own thread. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The article as a document. The language-identification model (1.25 MB) is fetched the first time an
 * article's script does not tell its language (Japanese, Chinese and Korean need none).
 */
async function ingest(article: Article): Promise<IngestedDocument> {
  const read = () =>
    article.bytes
      ? ingestBytes(article.bytes, { name: article.name })
      : ingestText(article.text ?? '', { name: article.name });
  try {
    return read();
  } catch (error) {
    if ((error as { code?: string }).code !== 'E_MODEL_NOT_LOADED') throw error;
    await loadLanguageModel();
    return read();
  }
}

async function run(): Promise<void> {
  compareButton.disabled = true;
  const analysed: AnalyzedDocument[] = [];
  const failed: string[] = [];
  for (const [i, article] of articles.entries()) {
    status.textContent = `Analysing ${i + 1} of ${articles.length}: ${article.name}…`;
    await nextFrame();
    try {
      const document = await ingest(article);
      // Each language's data (wink's English model, a date parser, name tables) is a chunk of the
      // bundle, fetched the first time an article in that language comes.
      await loadLanguages([document.lang]);
      analysed.push(analyze(document));
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error';
      failed.push(`${article.name} (${code}: ${(error as Error).message})`);
    }
  }
  compareButton.disabled = articles.length < 2;
  if (analysed.length < 2) {
    status.textContent = `Need two readable articles to compare. ${failed.length ? `Could not read: ${failed.join('; ')}` : ''}`;
    return;
  }
  const comparison = compare(analysed);
  const html = renderHtml(comparison, { documents: analysed });
  element<HTMLIFrameElement>('report').srcdoc = html;
  if (reportUrl) URL.revokeObjectURL(reportUrl);
  reportUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const download = element<HTMLAnchorElement>('download');
  download.href = reportUrl;
  download.download = 'report.html';
  const n = comparison.conflicts.length;
  element('summary').textContent =
    `${analysed.length} articles in ${new Set(comparison.documents.map((d) => d.lang)).size} languages: ` +
    `${n} disagreement${n === 1 ? '' : 's'}, ${comparison.agreements.length} agreements.` +
    (failed.length ? ` Not read: ${failed.join('; ')}.` : '');
  element('result').hidden = false;
  status.textContent = 'Report ready.';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run().catch((error: unknown) => {
    status.textContent = `Something went wrong: ${String(error)}`;
    compareButton.disabled = articles.length < 2;
  });
});
showArticles();
