/*
 * The Footnote page: chat with cited answers, the cited passage in a side panel, positions by
 * actor, passage search. Plain JS against the JSON API; every text goes in through textContent,
 * and the only HTML taken from the server (search highlights) is rebuilt keeping <mark> alone.
 */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);

  // Where the API lives; the browser tests point "stream" at a fixture to exercise streaming.
  const endpoints = { stream: '/api/chat/stream', chat: '/api/chat' };

  const state = {
    conversationId: null,
    // null: not tried yet; false: this server has no /api/chat/stream, use /api/chat.
    streaming: null,
    panel: null,
    busy: false,
    // The answer being streamed: its server-side id (to stop it) and the fetch's AbortController.
    stream: null
  };

  /** An error the server explained as problem details (or that we explain the same way). */
  class Problem extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
      this.detail = detail;
    }
  }

  // ---------- HTTP ----------

  async function problemOf(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (ignored) {
      // Not JSON: say what we know.
    }
    const title = (body && body.title) || response.statusText || 'Request failed';
    const detail = (body && body.detail) || ('The server answered ' + response.status + '.');
    return new Problem(response.status, title, detail);
  }

  /** A 404/405 that says the endpoint is absent, as opposed to a 404 about something it looked for. */
  function endpointMissing(problem) {
    return problem.status === 405
      || (problem.status === 404 && /no static resource|no endpoint|no handler/i.test(problem.detail || ''));
  }

  async function request(method, url, body) {
    let response;
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? { Accept: 'application/json' }
          : { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      throw new Problem(0, 'Server unreachable', 'Footnote could not reach the server: ' + e.message);
    }
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response.json();
  }

  // ---------- errors ----------

  function showError(error) {
    const p = error instanceof Problem ? error : new Problem(0, 'Error', String(error && error.message || error));
    $('error-title').textContent = p.title + ':';
    $('error-detail').textContent = p.detail || '';
    $('error').hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
  }

  // ---------- views ----------

  function showView(name) {
    for (const tab of document.querySelectorAll('.tabs button')) {
      const selected = tab.dataset.view === name;
      tab.setAttribute('aria-selected', String(selected));
      $('view-' + tab.dataset.view).hidden = !selected;
    }
    const focus = { chat: 'question', positions: 'topic', check: 'check-input', search: 'search-q', documents: 'documents-file' }[name];
    $(focus).focus();
  }

  // ---------- rendering ----------

  const el = window.FootnoteDom.el;

  /** Text with its [n] markers turned into links that open the cited passage. */
  function citedText(text, citations, shortAnswer) {
    const fragment = document.createDocumentFragment();
    const byMarker = new Map((citations || []).map((c) => [String(c.marker), c]));
    const pattern = /\[(\d+)]/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      const citation = byMarker.get(match[1]);
      if (!citation) {
        continue;
      }
      fragment.append(withShortAnswer(text.slice(last, match.index), citation, shortAnswer));
      fragment.append(citeLink(citation));
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  function citeLink(citation) {
    const a = el('a', 'cite', '[' + citation.marker + ']');
    a.href = '#passage-' + citation.passageId;
    a.dataset.marker = citation.marker;
    a.dataset.passageId = citation.passageId;
    a.title = (citation.source || citation.documentId) + ': “' + citation.quote + '”';
    a.addEventListener('click', (event) => {
      event.preventDefault();
      for (const other of document.querySelectorAll('a.cite.active')) {
        other.classList.remove('active');
      }
      a.classList.add('active');
      openPassage(citation.passageId, citation);
    });
    return a;
  }

  /** The source, with the page when the passage has one and the source does not already name it. */
  function sourceLine(c) {
    const source = c.source || c.documentTitle || ('document ' + c.documentId);
    return c.page && !source.endsWith('p. ' + c.page) ? source + ', p. ' + c.page : source;
  }

  /** The text with the short answer in bold, where the text holds the quote of the citation that holds it. */
  function withShortAnswer(text, citation, shortAnswer) {
    const at = shortAnswer && shortAnswer.marker === citation.marker ? text.indexOf(citation.quote) : -1;
    const from = at + (shortAnswer ? shortAnswer.start - citation.start : 0);
    if (at < 0 || text.slice(from, from + shortAnswer.text.length) !== shortAnswer.text) {
      return text;
    }
    const fragment = document.createDocumentFragment();
    fragment.append(text.slice(0, from), el('strong', 'short-answer', shortAnswer.text),
      text.slice(from + shortAnswer.text.length));
    return fragment;
  }

  function sourcesList(citations, shortAnswer) {
    const list = el('ol', 'sources');
    for (const c of citations) {
      const item = el('li');
      const quote = el('span', 'quote');
      quote.append(withShortAnswer('“' + c.quote + '”', c, shortAnswer));
      item.append(citeLink(c), ' ', el('span', 'source', sourceLine(c)), ' — ', quote);
      if (c.available === false) {
        item.classList.add('gone');
        item.append(' ', el('span', 'gone-note', 'no longer in the corpus'));
      }
      // LLM answers have their citations checked; say so when a check failed rather than hide it.
      if (c.supported === false) {
        item.classList.add('unsupported');
        item.append(' ', el('span', 'flag', 'The passage may not support this claim.'));
      }
      list.append(item);
    }
    return list;
  }

  function addUserMessage(text) {
    const hint = $('chat-hint');
    if (hint) {
      hint.remove();
    }
    const node = el('div', 'message user', text);
    $('messages').append(node);
    return node;
  }

  function addPendingAnswer() {
    const node = el('div', 'message assistant pending');
    node.dataset.state = 'pending';
    node.append(el('div', 'answer'));
    $('messages').append(node);
    node.scrollIntoView({ block: 'end' });
    return node;
  }

  /** The finished answer, in the /api/chat shape, replaces whatever was streamed so far. */
  function renderAnswer(node, reply, transport) {
    node.className = 'message assistant';
    node.dataset.state = 'done';
    node.dataset.transport = transport;
    node.dataset.grounded = String(reply.grounded);
    node.replaceChildren();
    // While the index is being built an answer has searched part of the corpus only: say so first, not in the small print.
    const indexing = (reply.warnings || []).find((w) => w.startsWith('Indexing:'));
    if (indexing) {
      const notice = el('p', 'notice indexing', indexing);
      notice.setAttribute('role', 'status');
      node.append(notice);
    }
    if (!reply.grounded) {
      node.classList.add('not-grounded');
      node.append(el('div', 'badge', indexing ? 'Not found yet' : 'Not in the corpus'));
      node.append(el('div', 'answer', reply.answer));
      node.append(el('p', 'hint', indexing
        ? 'The corpus is still being indexed; ask again when it is done (the Documents tab shows the progress).'
        : 'No passage of the corpus supports an answer, so Footnote does not guess. Try other words, or search the passages.'));
    } else {
      const answer = el('div', 'answer');
      // An LLM answer may use Markdown (markdown.js: built from text nodes, never parsed as HTML); extractive answers are quotes.
      if (reply.mode === 'llm' && window.FootnoteMarkdown) {
        answer.classList.add('markdown');
        answer.append(window.FootnoteMarkdown.render(reply.answer, (t) => citedText(t, reply.citations)));
      } else {
        answer.append(citedText(reply.answer, reply.citations, reply.shortAnswer));
      }
      node.append(answer);
      if (reply.citations && reply.citations.length > 0) {
        node.append(window.FootnoteExtras ? window.FootnoteExtras.sourceCards(reply.citations, citeLink) : sourcesList(reply.citations, reply.shortAnswer));
      }
    }
    if (reply.mode === 'llm') {
      node.append(el('p', 'meta muted', 'Written by ' + (reply.model || 'a language model')
        + ' from the passages cited; each citation was checked against its passage.'));
    }
    appendWarnings(node, (reply.warnings || []).filter((w) => w !== indexing));
    // extras.js adds the copy button, conversations.js refreshes the sidebar.
    document.dispatchEvent(new CustomEvent('footnote:answer', { detail: { node, reply, transport } }));
    node.scrollIntoView({ block: 'end' });
  }

  /** A streamed answer stopped at the user's request: what was written stays, marked as unfinished. */
  function renderStopped(node, reason) {
    node.classList.remove('streaming', 'pending');
    node.classList.add('stopped');
    node.dataset.state = 'stopped';
    node.append(el('p', 'hint', reason || 'Stopped; this answer was not kept.'));
  }

  function renderFailure(node, error) {
    node.className = 'message assistant failed';
    node.dataset.state = 'error';
    node.replaceChildren(el('strong', null, (error.title || 'Error') + ': '), el('span', 'detail', error.detail || error.message));
  }

  // ---------- chat ----------

  async function ask(message) {
    clearError();
    addUserMessage(message);
    const node = addPendingAnswer();
    const body = { message, conversationId: state.conversationId };
    try {
      let reply = null;
      let transport = 'stream';
      if (state.streaming !== false) {
        reply = await askStreaming(body, node);
      }
      if (reply && reply.stopped) {
        renderStopped(node, reply.reason);
        return;
      }
      if (reply === null) {
        transport = 'chat';
        reply = await request('POST', endpoints.chat, body);
      }
      state.conversationId = reply.conversationId || state.conversationId;
      renderAnswer(node, reply, transport);
    } catch (error) {
      const problem = error instanceof Problem ? error : new Problem(0, 'Error', String(error.message || error));
      if (problem.status === 404 && /conversation/i.test(problem.title + ' ' + problem.detail)) {
        state.conversationId = null;
        problem.detail += ' Your next question starts a new conversation.';
      }
      renderFailure(node, problem);
      showError(problem);
    }
  }

  /**
   * Streams the answer from /api/chat/stream: "delta" events append text, "restart" drops it,
   * "citations" brings the citations, "done" the whole reply, "error" a problem, "stopped" the end
   * of an answer stopped by the stop button ({stopped: true} is returned). Returns null
   * when the server has no such endpoint, so that the caller falls back to /api/chat.
   */
  async function askStreaming(body, node) {
    let response;
    const controller = new AbortController();
    try {
      response = await fetch(endpoints.stream, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify(body),
        signal: controller.signal
      });
    } catch (e) {
      throw new Problem(0, 'Server unreachable', 'Footnote could not reach the server: ' + e.message);
    }
    state.stream = { id: response.headers.get('Footnote-Stream-Id'), controller };
    document.dispatchEvent(new CustomEvent('footnote:streaming', { detail: { streaming: true } }));
    try {
      return await readStream(response, node);
    } catch (e) {
      if (e && e.name === 'AbortError') {
        return { stopped: true };
      }
      throw e;
    } finally {
      state.stream = null;
      document.dispatchEvent(new CustomEvent('footnote:streaming', { detail: { streaming: false } }));
    }
  }

  async function readStream(response, node) {
    if (!response.ok) {
      const problem = await problemOf(response);
      if (endpointMissing(problem)) {
        state.streaming = false;
        return null;
      }
      throw problem;
    }
    state.streaming = true;
    if (!(response.headers.get('Content-Type') || '').includes('text/event-stream')) {
      return response.json();
    }
    node.classList.remove('pending');
    node.classList.add('streaming');
    node.dataset.state = 'streaming';
    const answer = node.querySelector('.answer');
    let citations = [];
    for await (const event of window.FootnoteSse.events(response.body)) {
      const data = event.data ? JSON.parse(event.data) : {};
      if (event.event === 'delta') {
        answer.append(data.text || '');
        node.scrollIntoView({ block: 'end' });
      } else if (event.event === 'restart') {
        // The model failed mid-answer and starts over (or falls back): drop what was written so far.
        answer.replaceChildren();
        node.dataset.restarts = String(Number(node.dataset.restarts || 0) + 1);
      } else if (event.event === 'stopped') {
        // The server stopped writing at our request (see stop()); the turn was not kept.
        return { stopped: true, reason: data.reason };
      } else if (event.event === 'citations') {
        citations = Array.isArray(data) ? data : (data.citations || []);
      } else if (event.event === 'done') {
        if (!data.citations) {
          data.citations = citations;
        }
        return data;
      } else if (event.event === 'error') {
        const p = data.problem || data;
        throw new Problem(p.status || 500, p.title || 'Error', p.detail || 'The answer could not be completed.');
      }
    }
    throw new Problem(0, 'Answer interrupted', 'The answer stream ended before the answer was complete.');
  }

  function send() {
    const input = $('question');
    const message = input.value.trim();
    if (message === '' || state.busy) {
      return;
    }
    input.value = '';
    state.busy = true;
    $('send').disabled = true;
    ask(message).finally(() => {
      state.busy = false;
      $('send').disabled = false;
      input.focus();
    });
  }

  /**
   * Stops the answer being streamed: the server is asked to stop writing it (it then sends a
   * "stopped" event); if it cannot say so within a moment, the request is cut off here.
   */
  async function stop() {
    const stream = state.stream;
    if (!stream) {
      return;
    }
    if (stream.id) {
      try {
        await fetch('/api/chat/stream/' + encodeURIComponent(stream.id), { method: 'DELETE' });
      } catch (ignored) {
        // Unreachable: cutting the request off below is all that is left.
      }
    }
    setTimeout(() => {
      if (state.stream === stream) {
        stream.controller.abort();
      }
    }, 3000);
  }

  function newConversation() {
    state.conversationId = null;
    $('messages').replaceChildren();
    closePanel();
    clearError();
    $('question').focus();
    document.dispatchEvent(new CustomEvent('footnote:conversation', { detail: { id: null } }));
  }

  // ---------- the passage panel ----------

  /**
   * A citation of a stored answer whose passage is no longer in the corpus (its document deleted,
   * excluded or changed): the panel shows the quote kept with the answer, and says so.
   */
  function showGonePassage(citation) {
    const panel = $('panel');
    panel.hidden = false;
    state.panel = null;
    $('panel-title').textContent = 'Source of [' + citation.marker + ']';
    $('panel-source').textContent = citation.page && citation.source && !citation.source.endsWith('p. ' + citation.page)
      ? citation.source + ', p. ' + citation.page : (citation.source || 'No source line');
    $('panel-file').textContent = citation.documentTitle && citation.documentTitle !== citation.source ? citation.documentTitle : '';
    $('panel-document').textContent = citation.documentId;
    $('panel-passage').textContent = citation.passageId;
    const note = el('p', 'notice gone-notice', 'No longer in the corpus: the document this passage came from was deleted, '
      + 'excluded or changed since this answer. The quote below is the one kept with the answer.');
    note.setAttribute('role', 'status');
    const mark = el('mark', null, citation.quote);
    mark.id = 'panel-quote';
    const quote = el('blockquote', 'kept-quote');
    quote.append('“', mark, '”');
    $('panel-text').replaceChildren(note, quote);
    $('panel-prev').disabled = true;
    $('panel-next').disabled = true;
    panel.dataset.state = 'gone';
  }

  /** Opens a passage; with a citation, its quoted span is marked. */
  async function openPassage(passageId, citation, terms) {
    if (citation && citation.available === false) {
      showGonePassage(citation);
      return;
    }
    const panel = $('panel');
    panel.hidden = false;
    panel.dataset.state = 'loading';
    try {
      const passage = await request('GET', '/api/passages/' + encodeURIComponent(passageId));
      state.panel = passage;
      $('panel-title').textContent = citation ? 'Source of [' + citation.marker + ']' : 'Passage';
      $('panel-source').textContent = passage.source || 'No source line';
      $('panel-document').textContent = passage.documentId;
      $('panel-passage').textContent = passage.passageId;
      const text = $('panel-text');
      text.replaceChildren();
      const span = citation ? quoteSpan(passage.text, citation) : null;
      if (span) {
        const mark = el('mark', null, passage.text.slice(span[0], span[1]));
        mark.id = 'panel-quote';
        text.append(passage.text.slice(0, span[0]), mark, passage.text.slice(span[1]));
      } else if (terms && terms.length > 0 && window.FootnoteExtras) {
        // Opened from a search hit: the words that matched are marked, the first one scrolled to.
        text.append(window.FootnoteExtras.markTerms(passage.text, terms));
      } else {
        text.textContent = passage.text;
      }
      if (window.FootnoteExtras) {
        window.FootnoteExtras.showDocument(passage.documentId, citation && citation.documentTitle);
      }
      $('panel-prev').disabled = !passage.previousPassageId;
      $('panel-next').disabled = !passage.nextPassageId;
      panel.dataset.state = 'ready';
      const mark = $('panel-quote') || text.querySelector('mark');
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
      }
    } catch (error) {
      panel.dataset.state = 'error';
      showError(error);
    }
  }

  /** The quote's offsets; if the passage changed since the answer, find the quote again, else none. */
  function quoteSpan(text, citation) {
    if (text.slice(citation.start, citation.end) === citation.quote) {
      return [citation.start, citation.end];
    }
    const at = text.indexOf(citation.quote);
    return at < 0 ? null : [at, at + citation.quote.length];
  }

  function closePanel() {
    $('panel').hidden = true;
    state.panel = null;
  }

  // ---------- positions ----------

  async function comparePositions(topic, actorsText) {
    clearError();
    const result = $('positions-result');
    result.replaceChildren(el('p', 'muted', 'Looking for positions on “' + topic + '”…'));
    result.dataset.state = 'loading';
    const body = { topic };
    const actors = actorsText.split(',').map((a) => a.trim()).filter((a) => a !== '');
    if (actors.length > 0) {
      body.actors = actors;
    }
    try {
      const positions = await request('POST', '/api/positions', body);
      renderPositions(result, positions);
      result.dataset.state = 'done';
    } catch (error) {
      if (error instanceof Problem && endpointMissing(error)) {
        result.replaceChildren(el('p', 'notice unavailable',
          'Comparing positions is not available on this server yet: it has no /api/positions endpoint. '
          + 'Chat and search work as usual.'));
        result.dataset.state = 'unavailable';
      } else {
        result.replaceChildren();
        result.dataset.state = 'error';
        showError(error);
      }
    }
  }

  /** The positions view lives in positions.js; it borrows the helpers that render citations. */
  function renderPositions(result, response) {
    window.FootnotePositions.render(result, response, { el, citedText, sourcesList, appendWarnings });
  }

  function appendWarnings(parent, warnings) {
    if (warnings && warnings.length > 0) {
      const list = el('ul', 'warnings');
      for (const w of warnings) {
        list.append(el('li', null, w));
      }
      parent.append(list);
    }
  }

  // ---------- search ----------

  async function searchPassages(query) {
    clearError();
    const results = $('search-results');
    results.replaceChildren();
    $('search-summary').textContent = 'Searching…';
    try {
      const response = await request('GET', '/api/search?q=' + encodeURIComponent(query) + '&limit=10');
      const hits = response.hits || [];
      $('search-summary').textContent = hits.length === 0
        ? 'No passage matches “' + query + '”.'
        : hits.length + (hits.length === 1 ? ' passage matches' : ' passages match') + ' “' + query + '”.';
      for (const hit of hits) {
        const item = el('li', 'hit');
        item.dataset.passageId = hit.passageId;
        const text = el('p', 'hit-text');
        text.append(highlightNodes(hit.highlight || hit.text));
        const open = el('button', 'linkish', hit.source || ('document ' + hit.documentId));
        open.type = 'button';
        const terms = Array.from(text.querySelectorAll('mark'), (m) => m.textContent);
        open.addEventListener('click', () => openPassage(hit.passageId, null, terms));
        const meta = el('div', 'hit-meta');
        meta.append(open, ' · score ' + Number(hit.score).toFixed(2));
        item.append(text, meta);
        results.append(item);
      }
    } catch (error) {
      $('search-summary').textContent = '';
      showError(error);
    }
  }

  /** The server's highlight is escaped text with <mark> tags: keep the text and the marks, nothing else. */
  function highlightNodes(html) {
    const parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html').body;
    const fragment = document.createDocumentFragment();
    for (const node of parsed.childNodes) {
      if (node.nodeName === 'MARK') {
        fragment.append(el('mark', null, node.textContent));
      } else {
        fragment.append(node.textContent);
      }
    }
    return fragment;
  }

  // ---------- wiring ----------

  function wire() {
    for (const tab of document.querySelectorAll('.tabs button')) {
      tab.addEventListener('click', () => showView(tab.dataset.view));
    }
    $('chat-form').addEventListener('submit', (event) => {
      event.preventDefault();
      send();
    });
    $('question').addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter adds a line; leave Enter alone while an IME is composing.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        send();
      }
    });
    for (const example of document.querySelectorAll('.example')) {
      example.addEventListener('click', () => {
        $('question').value = example.textContent;
        send();
      });
    }
    $('new-conversation').addEventListener('click', newConversation);
    $('stop').addEventListener('click', stop);
    $('panel-close').addEventListener('click', closePanel);
    $('panel-prev').addEventListener('click', () => state.panel && openPassage(state.panel.previousPassageId, null));
    $('panel-next').addEventListener('click', () => state.panel && openPassage(state.panel.nextPassageId, null));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !$('panel').hidden) {
        closePanel();
      }
    });
    $('error-close').addEventListener('click', clearError);
    $('positions-form').addEventListener('submit', (event) => {
      event.preventDefault();
      comparePositions($('topic').value.trim(), $('actors').value);
    });
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      searchPassages($('search-q').value.trim());
    });
    $('question').focus();
  }

  // Exposed for the browser tests and for poking at in the console.
  // citedText: positions.js lays out a chat answer's points with it.
  window.Footnote = { state, endpoints, highlightNodes, renderAnswer, renderPositions, citedText, send, stop, newConversation,
    addUserMessage, addPendingAnswer, openPassage, request, showError, clearError, closePanel };
  wire();
})();
