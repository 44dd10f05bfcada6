// The documents view: the corpus's documents with their status, upload by drag-and-drop or
// file picker, delete (an upload) or exclude (a file of the user's folder) and include again, and the indexer's progress. Talks to /api/documents and /api/index only.
(function () {
  'use strict';

  const POLL_MS = 1000;
  // The list comes a page at a time (GET /api/documents?limit=…&cursor=…): a corpus of 100,000 files is never
  // sent whole; "Show more" asks for the next page, and polling refreshes the pages already shown.
  const PAGE = 50;
  const MAX_PAGE = 1000;
  const $ = (id) => document.getElementById(id);
  let polling = null;
  let wanted = PAGE;

  async function problemText(response) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title || ('HTTP ' + response.status);
    } catch (e) {
      return 'HTTP ' + response.status;
    }
  }

  function message(text) {
    $('documents-message').textContent = text || '';
  }

  function cell(row, text, className, label) {
    const td = document.createElement('td');
    td.textContent = text;
    if (label) {
      // Shown before the value when the table is a card per document (narrow screens, app.css).
      td.dataset.label = label;
    }
    if (className) {
      td.className = className;
    }
    row.append(td);
    return td;
  }

  function render(documents) {
    const list = $('documents-list');
    list.replaceChildren();
    for (const doc of documents) {
      const row = document.createElement('tr');
      row.dataset.documentId = doc.documentId;
      row.classList.toggle('excluded', doc.status === 'excluded');
      const title = cell(row, doc.title || doc.path, 'title');
      title.title = doc.path;
      cell(row, doc.type || '', 'type', 'Type');
      cell(row, doc.pages ? String(doc.pages) : '', 'pages', 'Pages');
      cell(row, String(doc.passages), 'passages', 'Passages');
      cell(row, doc.status + (doc.reason ? ': ' + doc.reason : ''), 'status status-' + doc.status, 'Status');
      const actions = cell(row, '', 'actions');
      if (doc.status === 'excluded') {
        actions.append(button('Include', 'include-document', () => includeDocument(doc)));
      } else {
        actions.append(button('Delete', 'delete-document', () => deleteDocument(doc)));
      }
      list.append(row);
    }
  }

  function button(text, className, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary ' + className;
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  function renderProgress(index) {
    const bar = $('index-progress');
    bar.max = Math.max(1, index.documentsTotal);
    bar.value = index.documentsDone;
    let text = index.state === 'indexing'
      ? 'Indexing ' + index.documentsDone + ' of ' + index.documentsTotal + ' documents, '
        + Math.round(index.passagesPerSecond) + ' passages/s'
        + (index.etaSeconds != null ? ', about ' + index.etaSeconds + ' s left' : '')
      : index.state === 'ready' ? index.documentsTotal + ' documents indexed' : 'Starting…';
    $('index-summary').textContent = text;
    $('index-summary').dataset.state = index.state;
  }

  // The first `wanted` documents, following the cursor page by page, with the total and whether more follow.
  async function loadDocuments() {
    const documents = [];
    let cursor = null;
    let total = 0;
    do {
      const limit = Math.min(MAX_PAGE, wanted - documents.length);
      const response = await fetch('/api/documents?limit=' + limit + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      if (!response.ok) {
        return null;
      }
      const page = await response.json();
      documents.push(...page.documents);
      total = page.total;
      cursor = page.nextCursor;
    } while (cursor && documents.length < wanted);
    return { documents, total, more: cursor != null };
  }

  function moreControl() {
    let more = $('documents-more');
    if (!more) {
      more = document.createElement('p');
      more.id = 'documents-more';
      more.className = 'muted';
      const count = document.createElement('span');
      count.id = 'documents-count';
      const showMore = button('Show more', 'show-more-documents', () => {
        wanted += PAGE;
        refresh();
      });
      showMore.id = 'documents-show-more';
      more.append(count, ' ', showMore);
      $('documents-table').after(more);
    }
    return more;
  }

  function renderCount(list) {
    moreControl();
    $('documents-count').textContent = list.more
      ? 'Showing ' + list.documents.length + ' of ' + list.total + ' documents.'
      : list.total + (list.total === 1 ? ' document.' : ' documents.');
    $('documents-show-more').hidden = !list.more;
  }

  async function refresh() {
    try {
      const [list, index] = await Promise.all([loadDocuments(), fetch('/api/index')]);
      if (list) {
        render(list.documents);
        renderCount(list);
      }
      if (index.ok) {
        const progress = await index.json();
        renderProgress(progress);
        const busy = progress.state !== 'ready'
          || Array.from(document.querySelectorAll('#documents-list td')).some((td) => /^(queued|indexing)/.test(td.textContent));
        schedule(busy);
      }
    } catch (e) {
      message('Could not reach the server: ' + e.message);
    }
  }

  function schedule(busy) {
    clearTimeout(polling);
    if (busy || !$('view-documents').hidden) {
      polling = setTimeout(refresh, POLL_MS);
    }
  }

  async function upload(files) {
    if (!files.length) {
      return;
    }
    const form = new FormData();
    for (const file of files) {
      form.append('files', file, file.name);
    }
    message('Uploading ' + files.length + ' file(s)…');
    const response = await fetch('/api/documents', { method: 'POST', body: form });
    if (response.status !== 202) {
      message('Upload refused: ' + await problemText(response));
      return;
    }
    const result = await response.json();
    followUploads(result.documents);
    refresh();
  }

  function uploadText(documents) {
    return documents.map((d) => d.fileName + ': ' + (d.duplicate ? 'already in the corpus' : d.status)
      + (d.reason ? ' (' + d.reason + ')' : '')).join('; ');
  }

  // The message follows each uploaded document until it is indexed or has failed, not "queued" for ever.
  async function followUploads(documents) {
    message(uploadText(documents));
    let waiting = documents.filter((d) => !d.duplicate && /^(queued|indexing)$/.test(d.status));
    while (waiting.length) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      for (const d of waiting) {
        const response = await fetch('/api/documents/' + encodeURIComponent(d.documentId));
        if (response.ok) {
          const status = await response.json();
          d.status = status.status;
          d.reason = status.reason;
        } else if (response.status === 404) {
          d.status = 'removed';
        }
      }
      message(uploadText(documents));
      waiting = waiting.filter((d) => /^(queued|indexing)$/.test(d.status));
    }
  }

  function isUpload(doc) {
    return doc.path.startsWith('uploads/');
  }

  async function deleteDocument(doc) {
    const name = doc.title || doc.path;
    const question = isUpload(doc)
      ? 'Delete "' + name + '"? The uploaded file ' + doc.path + ' will be deleted.'
      : 'Remove "' + name + '" from Footnote? Your file ' + doc.path + ' stays in your folder; you can include it again.';
    if (!window.confirm(question)) {
      return;
    }
    const response = await fetch('/api/documents/' + encodeURIComponent(doc.documentId), { method: 'DELETE' });
    message(response.status === 204
      ? (isUpload(doc) ? 'Deleted ' : 'Excluded (file kept): ') + name + '.'
      : 'Delete failed: ' + await problemText(response));
    refresh();
  }

  async function includeDocument(doc) {
    const response = await fetch('/api/documents/' + encodeURIComponent(doc.documentId) + '/include', { method: 'POST' });
    message(response.ok ? 'Included ' + (doc.title || doc.path) + ' again.' : 'Include failed: ' + await problemText(response));
    refresh();
  }

  function wire() {
    const drop = $('documents-drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('dragging');
      upload(Array.from(event.dataTransfer.files));
    });
    $('documents-file').addEventListener('change', (event) => {
      upload(Array.from(event.target.files));
      event.target.value = '';
    });
    $('tab-documents').addEventListener('click', refresh);
    refresh();
  }

  wire();
}());
