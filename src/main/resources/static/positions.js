/*
 * The positions view: the points the actors address as a table (points as rows, actors as columns; on a phone
 * each point becomes a block listing its actors' statements), then one compact card per actor (name and role,
 * aliases, a summary of one or two lines), each card opening onto all of its cited statements.
 * Loaded after app.js, which lends it its rendering helpers (cited text, source lists, warnings). A chat answer that
 * carries points (a positions question asked in chat) gets the same points table under its text.
 */
(function () {
  'use strict';

  /** Aliases shown on a card before "and n more". */
  const SHOWN_ALIASES = 3;
  /** Agreements, and differences, shown before the rest is folded away. */
  const SHOWN_COMPARISONS = 2;
  /** Points shown as rows before the rest is folded away (those most actors address come first). */
  const SHOWN_POINTS = 3;

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
    const points = response.points || [];
    if (points.length > 0) {
      const section = el('section', 'comparison points-section');
      section.append(pointsTable(points.slice(0, SHOWN_POINTS), list, ui));
      if (points.length > SHOWN_POINTS) {
        const more = el('details', 'more');
        more.append(el('summary', null, (points.length - SHOWN_POINTS) + ' more point'
          + (points.length - SHOWN_POINTS === 1 ? '' : 's')), pointsTable(points.slice(SHOWN_POINTS), list, ui));
        section.append(more);
      }
      appendMethod(section, response, ui);
      result.append(section);
    } else {
      appendComparison(result, response, ui);
    }
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
    if (position.role) {
      card.append(el('p', 'role muted', position.role));
    }
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

  /** A statement in quotation marks once: one that opens with its own is shown as it is. */
  function quoted(text) {
    const s = (text || '').trim();
    return /^["“‘'«„]/.test(s) ? s : '“' + s + '”';
  }

  /**
   * Points as rows, actors as columns; each cell holds the actor's statements on the point, each with its marker
   * (a link to the passage), those without a stance marked so. Under each title, who differs and who agrees.
   * On a narrow screen the CSS turns each row into a block whose cells are labelled with the actor's name.
   */
  function pointsTable(points, positions, ui) {
    const { el } = ui;
    const actors = positions.map((p) => p.actor).filter((a) => points.some((pt) =>
      (pt.statements || []).some((s) => s.actor === a)));
    const table = el('table', 'points-table');
    const head = el('tr');
    head.append(el('th', 'point-head', 'Point'));
    for (const actor of actors) {
      const th = el('th', 'actor-head');
      th.append(el('span', 'actor-name', actor));
      const role = (positions.find((p) => p.actor === actor) || {}).role;
      if (role) {
        th.append(el('span', 'actor-role muted', role));
      }
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    for (const point of points) {
      const row = el('tr', 'point');
      const title = el('th', 'point-title');
      title.scope = 'row';
      title.append(el('span', 'title', point.title));
      if (point.summary) {
        const summary = el('p', 'point-summary');
        summary.append(ui.citedText(point.summary, (point.statements || []).map((s) => s.citation)));
        title.append(summary);
      }
      appendPairs(title, point.pairs || [], el);
      row.append(title);
      for (const actor of actors) {
        const cell = el('td', 'point-cell');
        cell.dataset.actor = actor;
        const role = (positions.find((p) => p.actor === actor) || {}).role;
        cell.dataset.label = role ? actor + ', ' + role : actor;
        const own = (point.statements || []).filter((s) => s.actor === actor);
        if (own.length === 0) {
          cell.classList.add('empty');
          cell.append(el('span', 'muted', '—'));
        }
        for (const s of own) {
          const p = el('p', 'point-statement' + (s.stance ? '' : ' no-stance'));
          // The marker first: a clamped statement still shows where it comes from.
          p.append(ui.citedText('[' + s.citation.marker + '] ' + quoted(s.citation.quote), [s.citation]));
          if (!s.stance) {
            p.title = 'Takes no side: listed, not compared';
          }
          // Three lines until clicked, so that the table stays short.
          p.classList.add('clamped');
          p.addEventListener('click', (event) => {
            if (!event.target.closest('a')) {
              p.classList.toggle('clamped');
            }
          });
          cell.append(p);
        }
        row.append(cell);
      }
      body.append(row);
    }
    table.append(thead, body);
    const wrap = el('div', 'points');
    wrap.append(table);
    return wrap;
  }

  /** "Differ: A – B · Agree: C – D" under a point's title. */
  function appendPairs(parent, pairs, el) {
    for (const relation of ['differ', 'agree']) {
      const of = pairs.filter((p) => p.relation === relation);
      if (of.length > 0) {
        const line = el('p', 'pairs ' + relation);
        line.append(el('span', 'relation', relation === 'differ' ? 'Differ: ' : 'Agree: '),
          of.map((p) => p.actors.join(' – ')).join(', '));
        parent.append(line);
      }
    }
  }

  function appendMethod(result, response, ui) {
    if (response.method) {
      const { el } = ui;
      const how = el('details', 'method muted');
      how.append(el('summary', null, 'How points and splits are found'), el('p', null, response.method));
      result.append(how);
    }
  }

  function appendNames(parent, el, label, names) {
    if (names && names.length > 0) {
      parent.append(el('p', 'notice names', label + names.join(', ')));
    }
  }

  /**
   * A chat answer routed to positions ("Summarize the positions of …") carries the same points as the Positions tab:
   * they are laid out the same way above the answer's text (each actor's statements). Each statement names its actor's
   * role, so the columns need no positions list.
   */
  function appendChatPoints(node, reply) {
    const points = (reply && reply.points) || [];
    const footnote = window.Footnote;
    if (points.length === 0 || !node || !footnote || !footnote.citedText) {
      return;
    }
    const ui = { el: window.FootnoteDom.el, citedText: footnote.citedText };
    const { el } = ui;
    const actors = [];
    for (const point of points) {
      for (const s of point.statements || []) {
        if (!actors.some((a) => a.actor === s.actor)) {
          actors.push({ actor: s.actor, role: s.role || null });
        }
      }
    }
    const section = el('section', 'comparison points-section chat-points');
    section.append(el('h3', null, 'Point by point'));
    section.append(pointsTable(points.slice(0, SHOWN_POINTS), actors, ui));
    if (points.length > SHOWN_POINTS) {
      const more = el('details', 'more');
      more.append(el('summary', null, (points.length - SHOWN_POINTS) + ' more point'
        + (points.length - SHOWN_POINTS === 1 ? '' : 's')), pointsTable(points.slice(SHOWN_POINTS), actors, ui));
      section.append(more);
    }
    // First, as on the Positions tab: the comparison, then what each actor says.
    const answer = node.querySelector(':scope > .answer');
    if (answer) {
      answer.before(section);
    } else {
      node.append(section);
    }
  }

  document.addEventListener('footnote:answer', (event) => appendChatPoints(event.detail.node, event.detail.reply));

  window.FootnotePositions = { render, appendChatPoints };
})();
