/*
 * The sidebar of conversations kept by the server (/api/conversations): start a new one, open one
 * (its turns are shown again with their citations), rename it, delete it. The list is refreshed
 * after each answer. On a phone-sized window the sidebar slides over the page from the ☰ button and
 * closes with its × button, a tap outside it, or Escape.
 */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const F = () => window.Footnote;

  const el = window.FootnoteDom.el;

  function when(iso) {
    const date = new Date(iso);
    const today = new Date();
    return date.toDateString() === today.toDateString()
      ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
      : date.toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });
  }

  async function refresh() {
    const list = $('conversation-list');
    try {
      const body = await F().request('GET', '/api/conversations');
      const conversations = body.conversations || [];
      list.replaceChildren(...conversations.map(item));
      $('conversation-empty').hidden = conversations.length > 0;
      list.dataset.state = 'ready';
      markCurrent();
    } catch (error) {
      list.dataset.state = 'error';
    }
  }

  function item(conversation) {
    const li = el('li', 'conversation');
    li.dataset.id = conversation.id;
    const open = el('button', 'open');
    open.type = 'button';
    open.append(el('span', 'title', conversation.title || 'Untitled'),
      el('span', 'when muted', when(conversation.updated) + ' · ' + conversation.turns
        + (conversation.turns === 1 ? ' question' : ' questions')));
    open.addEventListener('click', () => openConversation(conversation.id));
    const rename = el('button', 'rename icon', '✎');
    rename.type = 'button';
    rename.title = 'Rename';
    rename.setAttribute('aria-label', 'Rename “' + (conversation.title || '') + '”');
    rename.addEventListener('click', () => startRename(li, conversation));
    const remove = el('button', 'delete icon', '×');
    remove.type = 'button';
    remove.title = 'Delete';
    remove.setAttribute('aria-label', 'Delete “' + (conversation.title || '') + '”');
    remove.addEventListener('click', () => confirmDelete(remove, conversation));
    li.append(open, rename, remove);
    return li;
  }

  function markCurrent() {
    const current = F().state.conversationId;
    for (const li of document.querySelectorAll('#conversation-list .conversation')) {
      if (li.dataset.id === current) {
        li.setAttribute('aria-current', 'true');
      } else {
        li.removeAttribute('aria-current');
      }
    }
  }

  /** Shows a stored conversation as if it had just been held: each question, each answer with its citations. */
  async function openConversation(id) {
    const footnote = F();
    if (footnote.state.busy) {
      return;
    }
    try {
      const conversation = await footnote.request('GET', '/api/conversations/' + encodeURIComponent(id));
      footnote.clearError();
      footnote.closePanel();
      footnote.state.conversationId = conversation.id;
      $('messages').replaceChildren();
      for (const turn of conversation.turns) {
        footnote.addUserMessage(turn.message);
        const node = footnote.addPendingAnswer();
        footnote.renderAnswer(node, Object.assign({ conversationId: conversation.id }, turn), 'history');
      }
      $('messages').dataset.conversation = conversation.id;
      markCurrent();
      closeSidebar();
      $('question').focus();
    } catch (error) {
      footnote.showError(error);
      refresh();
    }
  }

  function startRename(li, conversation) {
    const open = li.querySelector('.open');
    const input = el('input', 'rename-input');
    input.type = 'text';
    input.value = conversation.title || '';
    input.maxLength = 120;
    input.setAttribute('aria-label', 'New title');
    let done = false;
    const finish = async (save) => {
      if (done) {
        return;
      }
      done = true;
      const title = input.value.trim();
      if (save && title !== '' && title !== conversation.title) {
        try {
          await F().request('PATCH', '/api/conversations/' + encodeURIComponent(conversation.id), { title });
        } catch (error) {
          F().showError(error);
        }
      }
      refresh();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      }
    });
    input.addEventListener('blur', () => finish(true));
    open.replaceWith(input);
    input.focus();
    input.select();
  }

  /** A first click asks, a second one (within a few seconds) deletes. */
  async function confirmDelete(button, conversation) {
    if (button.dataset.confirm !== 'true') {
      button.dataset.confirm = 'true';
      button.textContent = 'Delete?';
      button.classList.add('confirm');
      setTimeout(() => {
        if (button.isConnected) {
          button.dataset.confirm = 'false';
          button.textContent = '×';
          button.classList.remove('confirm');
        }
      }, 4000);
      return;
    }
    try {
      const response = await fetch('/api/conversations/' + encodeURIComponent(conversation.id), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) {
        throw new Error('The server answered ' + response.status + '.');
      }
      if (F().state.conversationId === conversation.id) {
        F().newConversation();
      }
    } catch (error) {
      F().showError(error);
    }
    refresh();
  }

  function closeSidebar() {
    document.body.classList.remove('sidebar-open');
    $('sidebar-toggle').setAttribute('aria-expanded', 'false');
  }

  function toggleSidebar() {
    const open = document.body.classList.toggle('sidebar-open');
    $('sidebar-toggle').setAttribute('aria-expanded', String(open));
  }

  function wire() {
    $('sidebar-new').addEventListener('click', () => {
      F().newConversation();
      closeSidebar();
    });
    $('sidebar-toggle').addEventListener('click', toggleSidebar);
    $('sidebar-close').addEventListener('click', closeSidebar);
    // On a phone the open sidebar covers most of the page: a tap anywhere outside it closes it.
    document.addEventListener('click', (event) => {
      if (document.body.classList.contains('sidebar-open')
          && !$('sidebar').contains(event.target) && !$('sidebar-toggle').contains(event.target)) {
        closeSidebar();
      }
    });
    document.addEventListener('footnote:answer', (event) => {
      if (event.detail.transport !== 'history') {
        refresh();
      }
    });
    document.addEventListener('footnote:conversation', markCurrent);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && document.body.classList.contains('sidebar-open')) {
        closeSidebar();
      }
    });
    refresh();
  }

  window.FootnoteConversations = { refresh, openConversation };
  wire();
})();
