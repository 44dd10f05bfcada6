// The documents view: the corpus's documents with their status, upload by drag-and-drop or
// file picker, delete, and the indexer's progress. Talks to /api/documents and /api/index only.
(function () {
  'use strict';

  const POLL_MS = 1000;
  const $ = (id) => document.getElementById(id);
  let polling = null;

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

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
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
      const title = cell(row, doc.title || doc.path);
      title.title = doc.path;
      cell(row, doc.type || '');
      cell(row, doc.pages ? String(doc.pages) : '');
      cell(row, String(doc.passages));
      cell(row, doc.status + (doc.reason ? ': ' + doc.reason : ''), 'status-' + doc.status);
      const actions = cell(row, '');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary delete-document';
      remove.textContent = 'Delete';
      remove.addEventListener('click', () => deleteDocument(doc));
      actions.append(remove);
      list.append(row);
    }
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

  async function refresh() {
    try {
      const [docs, index] = await Promise.all([fetch('/api/documents'), fetch('/api/index')]);
      if (docs.ok) {
        render((await docs.json()).documents);
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
    message(result.documents.map((d) => d.fileName + ': ' + (d.duplicate ? 'already in the corpus' : d.status)
      + (d.reason ? ' (' + d.reason + ')' : '')).join('; '));
    refresh();
  }

  async function deleteDocument(doc) {
    const response = await fetch('/api/documents/' + encodeURIComponent(doc.documentId), { method: 'DELETE' });
    message(response.status === 204 ? 'Deleted ' + (doc.title || doc.path) + '.' : 'Delete failed: ' + await problemText(response));
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
