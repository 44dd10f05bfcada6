/*
 * A small Markdown renderer for language-model answers, safe by construction: it never parses
 * HTML. The text is split into blocks (paragraphs, headings, lists, fenced code, quotes) and
 * inline spans (**bold**, *italic*, `code`, [links](https://…)); every piece of text goes into the
 * page through text nodes, so "<script>" or "<img onerror=…>" in an answer shows as those
 * characters. Links keep http(s) and mailto addresses only. Citation markers such as [1] are
 * left to the caller's `inline` function, which turns plain text into nodes.
 */
(function () {
  'use strict';

  const SAFE_URL = /^(https?:\/\/|mailto:)/i;

  function el(tag, children) {
    const node = document.createElement(tag);
    for (const child of children || []) {
      node.append(child);
    }
    return node;
  }

  /**
   * Inline spans of one block. `inline(text)` renders plain text (e.g. with citation links);
   * it defaults to a text node.
   */
  function spans(text, inline) {
    const out = [];
    // Code first (its content is literal), then links, bold, italic; the earliest match wins.
    const pattern = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|(?<![\w])_([^_\s][^_]*)_(?![\w])/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) {
        out.push(inline(text.slice(last, match.index)));
      }
      if (match[1] !== undefined) {
        out.push(el('code', [match[1]]));
      } else if (match[2] !== undefined) {
        if (SAFE_URL.test(match[3])) {
          const a = el('a', spans(match[2], inline));
          a.href = match[3];
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          out.push(a);
        } else {
          out.push(inline(match[0]));
        }
      } else if (match[4] !== undefined || match[5] !== undefined) {
        out.push(el('strong', spans(match[4] !== undefined ? match[4] : match[5], inline)));
      } else {
        out.push(el('em', spans(match[6] !== undefined ? match[6] : match[7], inline)));
      }
      last = match.index + match[0].length;
    }
    if (last < text.length) {
      out.push(inline(text.slice(last)));
    }
    return out;
  }

  const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;
  const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
  const FENCE = /^\s*(```|~~~)/;

  /** The answer as a fragment of block elements. */
  function render(text, inline) {
    const toNodes = inline || ((t) => document.createTextNode(t));
    const fragment = document.createDocumentFragment();
    const lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (line.trim() === '') {
        i++;
      } else if (FENCE.test(line)) {
        const fence = line.trim().slice(0, 3);
        const code = [];
        i++;
        while (i < lines.length && !lines[i].trim().startsWith(fence)) {
          code.push(lines[i]);
          i++;
        }
        i++;
        fragment.append(el('pre', [el('code', [code.join('\n')])]));
      } else if (HEADING.test(line)) {
        const [, hashes, title] = line.match(HEADING);
        // Answers sit inside the page's own headings: start at h3.
        fragment.append(el('h' + Math.min(6, hashes.length + 2), spans(title, toNodes)));
        i++;
      } else if (LIST_ITEM.test(line)) {
        const ordered = /\d/.test(line.match(LIST_ITEM)[1]);
        const list = el(ordered ? 'ol' : 'ul');
        while (i < lines.length && LIST_ITEM.test(lines[i])) {
          let item = lines[i].match(LIST_ITEM)[2];
          i++;
          // A following indented line continues the item.
          while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !LIST_ITEM.test(lines[i])) {
            item += ' ' + lines[i].trim();
            i++;
          }
          list.append(el('li', spans(item, toNodes)));
        }
        fragment.append(list);
      } else if (/^\s*>/.test(line)) {
        const quoted = [];
        while (i < lines.length && /^\s*>/.test(lines[i])) {
          quoted.push(lines[i].replace(/^\s*>\s?/, ''));
          i++;
        }
        fragment.append(el('blockquote', [render(quoted.join('\n'), inline)]));
      } else {
        const paragraph = [];
        while (i < lines.length && lines[i].trim() !== '' && !FENCE.test(lines[i]) && !HEADING.test(lines[i])
          && !LIST_ITEM.test(lines[i]) && !/^\s*>/.test(lines[i])) {
          paragraph.push(lines[i].trim());
          i++;
        }
        const p = el('p');
        paragraph.forEach((part, n) => {
          if (n > 0) {
            p.append(el('br'));
          }
          p.append(...spans(part, toNodes));
        });
        fragment.append(p);
      }
    }
    return fragment;
  }

  window.FootnoteMarkdown = { render };
})();
