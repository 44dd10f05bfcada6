// The check view: paste a text (or drop or choose a file: POST /api/check/text reads it through the corpus's parsers
// into the box), POST /api/check, and see it back with each sentence tinted by its verdict,
// the words nothing backs underlined, and its markers opening the source panel. "Copy as Markdown" gives the
// text with footnote references and the quotes as footnotes.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const el = window.FootnoteDom.el;
  const LABELS = { supported: 'supported', partially_supported: 'partially supported', not_supported: 'not supported' };
  let last = null;   // { text, report } of the last check

  function marker(citation) {
    const a = el('a', 'cite', '[' + citation.marker + ']');
    a.href = '#passage-' + citation.passageId;
    a.dataset.marker = citation.marker;
    a.title = (citation.source || citation.documentId) + ': “' + citation.quote + '”';
    a.addEventListener('click', (event) => {
      event.preventDefault();
      for (const other of document.querySelectorAll('#check-result a.cite.active')) {
        other.classList.remove('active');
      }
      a.classList.add('active');
      window.Footnote.openPassage(citation.passageId, citation);
    });
    return a;
  }

  /** One sentence: its text with the unsupported spans underlined (offsets into the submitted text), then its markers. */
  function sentence(text, s) {
    const node = el('span', 'check-sentence verdict-' + s.verdict);
    node.title = LABELS[s.verdict] || s.verdict;
    let at = s.start;
    for (const u of s.unsupported) {
      node.append(text.slice(at, u.start), el('u', 'check-unsupported', text.slice(u.start, u.end)));
      at = u.end;
    }
    node.append(text.slice(at, s.end));
    for (const c of s.citations) {
      node.append(marker(c));
    }
    return node;
  }

  function render(text, report) {
    last = { text, report };
    const counts = $('check-counts');
    counts.replaceChildren();
    for (const verdict of ['supported', 'partially_supported', 'not_supported']) {
      counts.append(el('span', 'check-count verdict-' + verdict, report.counts[verdict] + ' ' + LABELS[verdict]));
    }
    const result = $('check-result');
    result.replaceChildren();
    for (const w of report.warnings || []) {
      result.append(el('p', 'warning', w));
    }
    const body = el('div', 'check-text');
    let at = 0;
    for (const s of report.sentences) {
      body.append(text.slice(at, s.start), sentence(text, s));
      at = s.end;
    }
    body.append(text.slice(at));
    result.append(body);
    if (report.sentences.length === 0) {
      result.append(el('p', 'muted', 'Nothing to check: no sentence states a name, a number or a content word.'));
    }
    $('check-copy').hidden = false;
  }

  /** The submitted text with a footnote reference after each cited sentence, the quotes as footnotes at the end. */
  function markdown() {
    if (!last) {
      return '';
    }
    const { text, report } = last;
    const notes = new Map();
    let md = '';
    let at = 0;
    for (const s of report.sentences) {
      md += text.slice(at, s.end) + s.citations.map((c) => '[^' + c.marker + ']').join('');
      at = s.end;
      for (const c of s.citations) {
        notes.set(c.marker, c);
      }
    }
    md += text.slice(at);
    if (notes.size > 0) {
      md = md.replace(/\s*$/, '\n\n');
      for (const c of [...notes.values()].sort((a, b) => a.marker - b.marker)) {
        md += '[^' + c.marker + ']: ' + (c.source || 'document ' + c.documentId) + (c.page ? ', p. ' + c.page : '')
          + ' — “' + c.quote.replace(/\n/g, ' ') + '”\n';
      }
    }
    return md;
  }

  async function copy() {
    const md = markdown();
    try {
      await navigator.clipboard.writeText(md);
      $('check-status').textContent = 'Copied as Markdown with footnotes.';
    } catch (e) {
      $('check-status').textContent = 'The browser refused the clipboard; the Markdown is selected below to copy by hand.';
      const area = $('check-markdown');
      area.hidden = false;
      area.value = md;
      area.select();
    }
  }

  async function check() {
    const text = $('check-input').value;
    if (!text.trim()) {
      $('check-status').textContent = 'Paste a text to check first.';
      return;
    }
    window.Footnote.clearError();
    $('check-run').disabled = true;
    $('check-status').textContent = 'Checking…';
    $('check-markdown').hidden = true;
    try {
      render(text, await window.Footnote.request('POST', '/api/check', { text }));
      $('check-status').textContent = '';
    } catch (error) {
      $('check-status').textContent = '';
      window.Footnote.showError(error);
    } finally {
      $('check-run').disabled = false;
    }
  }

  /** A dropped or chosen file: its text read by the server as the corpus reads files, put in the box, then checked. */
  async function readFile(file) {
    if (!file) {
      return;
    }
    window.Footnote.clearError();
    $('check-status').textContent = 'Reading ' + file.name + '…';
    let response;
    try {
      response = await fetch('/api/check/text?name=' + encodeURIComponent(file.name), {
        method: 'POST',
        // Any type but a form (which the server would parse as fields); the name's extension tells the format.
        headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
        body: file
      });
    } catch (e) {
      $('check-status').textContent = '';
      window.Footnote.showError(new Error('Footnote could not reach the server: ' + e.message));
      return;
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch (ignored) {
        // not JSON: the status says enough
      }
      $('check-status').textContent = '';
      window.Footnote.showError(new Error(((problem && problem.title) || 'Cannot read ' + file.name) + ' ('
        + response.status + '): ' + ((problem && problem.detail) || 'the server gave no reason.')));
      return;
    }
    const draft = await response.json();
    $('check-input').value = draft.text;
    await check();
    if (!$('check-status').textContent) {
      $('check-status').textContent = 'Checked ' + draft.fileName + '.';
    }
  }

  const form = $('check-form');
  form.addEventListener('dragover', (event) => {
    event.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', (event) => {
    if (!form.contains(event.relatedTarget)) {
      form.classList.remove('dragging');
    }
  });
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
    readFile(event.dataTransfer.files[0]);
  });
  $('check-file').addEventListener('change', (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    readFile(file);
  });

  $('check-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
  $('check-copy').addEventListener('click', copy);

  window.FootnoteCheck = { render, markdown, check, readFile };
})();
