/*
 * The positions view: the comparison first, then one compact card per actor (name, aliases, a summary of
 * one or two lines, how many statements it cites), each card opening onto all of its cited statements.
 * Loaded after app.js, which lends it its rendering helpers (cited text, source lists, warnings).
 */
(function () {
  'use strict';

  /** Aliases shown on a card before "and n more". */
  const SHOWN_ALIASES = 3;
  /** Agreements, and differences, shown before the rest is folded away. */
  const SHOWN_COMPARISONS = 2;

  function render(result, response, ui) {
    const { el } = ui;
    result.replaceChildren();
    const list = response.positions || [];
    const topic = response.topic ? '“' + response.topic + '”' : 'this topic';
    appendNames(result, el, 'Not found in the corpus: ', response.notFound);
    appendNames(result, el, 'In the corpus, but with no statement on ' + topic + ': ', response.noStatement);
    if (list.length === 0) {
      const named = (response.notFound || []).length + (response.noStatement || []).length > 0;
      result.append(el('p', 'notice not-grounded',
        'The corpus holds no statements on ' + topic + ' by ' + (named ? 'these actors.' : 'any actor.')));
      ui.appendWarnings(result, response.warnings);
      return;
    }
    result.append(el('p', 'muted positions-heading', list.length + (list.length === 1 ? ' actor speaks' : ' actors speak')
      + ' on ' + topic + (response.mode ? ' (' + response.mode + ')' : '')));
    appendComparison(result, response, ui);
    const cards = el('div', 'cards actor-cards');
    for (const position of list) {
      cards.append(card(position, ui));
    }
    result.append(cards);
    ui.appendWarnings(result, response.warnings);
  }

  function card(position, ui) {
    const { el } = ui;
    const citations = position.citations || [];
    const card = el('article', 'card actor-card');
    card.dataset.actor = position.actor;
    const head = el('header', 'actor-head');
    head.append(el('h3', null, position.actor),
      el('span', 'count muted', citations.length + (citations.length === 1 ? ' statement' : ' statements')));
    card.append(head);
    const aliases = position.aliases || [];
    if (aliases.length > 0) {
      const shown = aliases.slice(0, SHOWN_ALIASES).join(', ');
      const more = aliases.length > SHOWN_ALIASES ? ' and ' + (aliases.length - SHOWN_ALIASES) + ' more' : '';
      const line = el('p', 'aliases muted', 'also: ' + shown + more);
      line.title = aliases.join(', ');
      card.append(line);
    }
    const summary = el('p', 'summary clamped');
    summary.append(ui.citedText(position.summary || '', citations));
    card.append(summary);
    if (citations.length > 0) {
      const details = el('details', 'statements');
      details.append(el('summary', null, 'All cited statements'));
      details.append(ui.sourcesList(citations));
      details.addEventListener('toggle', () => summary.classList.toggle('clamped', !details.open));
      card.append(details);
    }
    ui.appendWarnings(card, position.warnings);
    return card;
  }

  /** Agreements and differences on top, compact; how they are found, on demand. */
  function appendComparison(result, response, ui) {
    const { el } = ui;
    const agreements = response.agreements || [];
    const differences = response.differences || [];
    if (agreements.length === 0 && differences.length === 0) {
      return;
    }
    const section = el('section', 'comparison');
    appendItems(section, 'Where they agree', agreements, ui);
    appendItems(section, 'Where they differ', differences, ui);
    if (response.method) {
      const how = el('details', 'method muted');
      how.append(el('summary', null, 'How this comparison is made'), el('p', null, response.method));
      section.append(how);
    }
    result.append(section);
  }

  /** Items are plain strings, or objects with a text and perhaps the actors and citations behind it. */
  function appendItems(section, title, items, ui) {
    if (items.length === 0) {
      return;
    }
    const { el } = ui;
    section.append(el('h3', null, title));
    const list = el('ul');
    const rest = el('ul');
    items.forEach((item, i) => {
      const li = el('li');
      if (typeof item === 'string') {
        li.textContent = item;
      } else {
        const text = item.text || item.summary || item.statement || item.description || '';
        // A comparison that already opens with an actor's name (it quotes each side after its name) needs no prefix.
        const named = item.actors && item.actors.some(a => text.startsWith(a));
        li.append(item.actors && !named ? item.actors.join(', ') + ': ' : '');
        li.append(ui.citedText(text, item.citations));
        // A comparison quotes two whole statements: three lines until it is clicked, so the page stays short.
        li.classList.add('clamped');
        li.title = 'Click to show the whole comparison';
        li.addEventListener('click', (event) => {
          if (!event.target.closest('button, a')) {
            li.classList.toggle('clamped');
          }
        });
      }
      (i < SHOWN_COMPARISONS ? list : rest).append(li);
    });
    section.append(list);
    if (rest.childElementCount > 0) {
      const more = el('details', 'more');
      more.append(el('summary', null, rest.childElementCount + ' more'), rest);
      section.append(more);
    }
  }

  function appendNames(parent, el, label, names) {
    if (names && names.length > 0) {
      parent.append(el('p', 'notice names', label + names.join(', ')));
    }
  }

  window.FootnotePositions = { render };
})();
