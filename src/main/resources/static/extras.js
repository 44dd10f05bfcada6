/*
 * What makes the chat a daily tool, beside app.js: example questions drawn from the corpus
 * (/api/examples), a compact source card per citation, a copy button that puts the answer and its
 * citations (as footnotes) on the clipboard, document file names instead of ids, the words of a
 * search hit marked in the opened passage, the stop button shown while an answer streams, the
 * newest answer kept above the input box, and the "/" key. Every text goes in through text nodes.
 */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let documents = null;
  let hintTemplate = null;

  const el = window.FootnoteDom.el;

  // ---------- documents: file names for ids ----------

  /**
   * documentId → its title (else its file name), loaded from /api/documents; loaded again when an
   * id is missing, since a document uploaded after the page was opened is not in the first list.
   */
  function loadDocuments(documentId) {
    if (documents && documentId) {
      documents = documents.then((names) => (names.has(documentId) ? names : fetchDocuments()));
    }
    if (!documents) {
      documents = fetchDocuments();
    }
    return documents;
  }

  function fetchDocuments() {
    return fetch('/api/documents', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { documents: [] }))
      .then((body) => new Map((body.documents || []).map((d) => [d.documentId, d.title || fileName(d.path)])))
      .catch(() => new Map());
  }

  function fileName(path) {
    return path ? path.split('/').pop() : null;
  }

  /**
   * Fills an element with the document's title: the one the answer carries, else the documents
   * list's (the id stays in the element's tooltip).
   */
  function fillDocumentName(node, documentId, title) {
    node.dataset.documentId = documentId;
    node.title = 'Document ' + documentId;
    if (title) {
      node.textContent = title;
      return;
    }
    loadDocuments(documentId).then((names) => {
      node.textContent = names.get(documentId) || 'document ' + documentId.slice(0, 8);
    });
  }

  function showDocument(documentId, title) {
    const file = $('panel-file');
    if (file) {
      file.textContent = '';
      fillDocumentName(file, documentId, title);
    }
  }

  // ---------- source cards ----------

  /**
   * One compact card per citation: marker, file name, source line, page if the citation has one,
   * and the quote cut to two lines (it is often the answer sentence itself). The card opens the passage.
   */
  function sourceCards(citations, citeLink) {
    const list = el('ol', 'sources source-cards');
    for (const c of citations) {
      const item = el('li', 'source-card');
      const link = citeLink(c);
      const head = el('div', 'card-head');
      const doc = el('span', 'doc');
      fillDocumentName(doc, c.documentId, c.documentTitle);
      head.append(link, ' ', doc);
      if (c.page !== undefined && c.page !== null) {
        head.append(el('span', 'page', 'p. ' + c.page));
      }
      // A source line that is only the document's title again (no citation line of its own) is not repeated.
      if (c.source && c.source !== c.documentTitle) {
        head.append(el('span', 'source', c.source));
      }
      item.append(head, el('blockquote', 'quote', c.quote));
      if (c.available === false) {
        // A stored answer whose document was deleted, excluded or changed: the quote kept with it, said so.
        item.classList.add('gone');
        item.append(el('span', 'gone-note', 'no longer in the corpus'));
      }
      if (c.supported === false) {
        item.classList.add('unsupported');
        item.append(el('span', 'flag', 'The passage may not support this claim.'));
      }
      item.addEventListener('click', (event) => {
        if (event.target !== link) {
          link.click();
        }
      });
      list.append(item);
    }
    return list;
  }

  // ---------- copy ----------

  /** The answer as plain text, its citations as numbered footnotes: quote, source, file. */
  async function footnotedText(reply) {
    const names = await loadDocuments();
    let text = reply.answer || '';
    const citations = reply.citations || [];
    if (citations.length > 0) {
      text += '\n\n' + citations.map((c) => {
        const where = [c.source, c.documentTitle || names.get(c.documentId), c.page ? 'p. ' + c.page : null]
          .filter((x) => x).join(', ');
        return '[' + c.marker + '] “' + c.quote + '”' + (where ? ' — ' + where : '');
      }).join('\n');
    }
    return text;
  }

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    // Plain http on another host: the old way still works from a click.
    const area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) {
      throw new Error('the browser refused to copy');
    }
  }

  function addCopyButton(node, reply) {
    const button = el('button', 'copy secondary', 'Copy');
    button.type = 'button';
    button.title = 'Copy the answer with its citations as footnotes';
    button.addEventListener('click', async () => {
      try {
        await copyText(await footnotedText(reply));
        button.textContent = 'Copied';
        button.dataset.copied = 'true';
        setTimeout(() => { button.textContent = 'Copy'; }, 2000);
      } catch (e) {
        button.textContent = 'Copy failed';
      }
    });
    const tools = el('div', 'answer-tools');
    tools.append(button);
    node.append(tools);
  }

  // ---------- search terms in the panel ----------

  /** The text with every occurrence of the terms (any case) in <mark>. */
  function markTerms(text, terms) {
    const fragment = document.createDocumentFragment();
    const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
    if (words.length === 0) {
      fragment.append(text);
      return fragment;
    }
    const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(escaped.join('|'), 'giu');
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      fragment.append(text.slice(last, match.index), el('mark', 'match', match[0]));
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  // ---------- example questions from the corpus ----------

  /**
   * The examples the server has worked out for the corpus. While it is still asking them (a changed
   * corpus: "pending"), the page asks again a little later, a few times.
   */
  async function loadExamples(tries = 0) {
    const list = $('examples');
    if (!list) {
      return;
    }
    try {
      const response = await fetch('/api/examples', { headers: { Accept: 'application/json' } });
      const body = response.ok ? await response.json() : { examples: [] };
      if (body.pending && tries < 20) {
        setTimeout(() => loadExamples(tries + 1), 1500);
      }
      list.replaceChildren();
      for (const example of body.examples || []) {
        const button = el('button', 'example', example.question);
        button.type = 'button';
        button.title = 'Footnote answers this from the corpus (about “' + example.topic + '”)';
        const item = el('li');
        item.append(button);
        list.append(item);
      }
      $('examples-intro').hidden = list.children.length === 0;
      list.dataset.state = 'ready';
    } catch (ignored) {
      // No examples: the hint alone still says what to do.
    }
  }

  function askExample(event) {
    const button = event.target.closest('.example');
    if (button && window.Footnote) {
      $('question').value = button.textContent;
      window.Footnote.send();
    }
  }

  /** An empty conversation shows the hint again (app.js removes it with the first question). */
  function restoreHint() {
    const messages = $('messages');
    if (hintTemplate && messages.children.length === 0) {
      messages.append(hintTemplate.cloneNode(true));
      loadExamples();
    }
  }

  // ---------- keeping the newest answer in view ----------

  /** The input box is sticky at the bottom: answers scrolled into view stop above it (scroll-margin-bottom). */
  function trackComposerHeight() {
    const composer = $('chat-form');
    const update = () => document.documentElement.style.setProperty('--composer-height', composer.offsetHeight + 'px');
    update();
    if (window.ResizeObserver) {
      new ResizeObserver(update).observe(composer);
    }
  }

  // ---------- wiring ----------

  function wire() {
    const hint = $('chat-hint');
    hintTemplate = hint ? hint.cloneNode(true) : null;
    $('messages').addEventListener('click', askExample);
    loadExamples();
    trackComposerHeight();
    document.addEventListener('footnote:answer', (event) => addCopyButton(event.detail.node, event.detail.reply));
    document.addEventListener('footnote:conversation', (event) => {
      if (!event.detail.id) {
        restoreHint();
      }
    });
    document.addEventListener('footnote:streaming', (event) => {
      $('stop').hidden = !event.detail.streaming;
      $('send').hidden = event.detail.streaming;
    });
    document.addEventListener('keydown', (event) => {
      // "/" jumps to the question box, unless it is being typed somewhere.
      const target = event.target;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        $('question').focus();
      }
    });
  }

  window.FootnoteExtras = { sourceCards, markTerms, showDocument, footnotedText, restoreHint };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
