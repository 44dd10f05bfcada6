/*
 * API keys for the page. Loaded before the page's other scripts: it wraps window.fetch so that
 * every same-origin call to /api and /v1 carries "Authorization: Bearer <key>" once a key is
 * known, and when the server answers 401 it asks for a key (a dialog, built here: no inline
 * script or handler, as the Content-Security-Policy requires), keeps it in this browser's
 * localStorage and sends the request again. A server without keys never answers 401, so the
 * page never asks.
 */
(function () {
  'use strict';

  const STORAGE = 'footnote.apiKey';
  const MAX_ASKS = 3;
  const plainFetch = window.fetch.bind(window);
  let pending = null;

  function isApi(input) {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    return url.origin === window.location.origin
      && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/v1/'));
  }

  function storedKey() {
    try {
      return window.localStorage.getItem(STORAGE);
    } catch (e) {
      return null;
    }
  }

  function storeKey(key) {
    try {
      if (key) {
        window.localStorage.setItem(STORAGE, key);
      } else {
        window.localStorage.removeItem(STORAGE);
      }
    } catch (e) {
      // Storage is off (private mode): the key lasts as long as the page.
    }
  }

  function withKey(input, init, key) {
    const headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
    headers.set('Authorization', 'Bearer ' + key);
    return Object.assign({}, init, { headers });
  }

  /** The dialog asking for a key; resolves to the key, or null if the user cancels. One at a time. */
  function askForKey(message) {
    if (pending) {
      return pending;
    }
    pending = new Promise((resolve) => {
      const dialog = document.createElement('dialog');
      dialog.className = 'auth-dialog';
      dialog.id = 'auth-dialog';
      const form = document.createElement('form');
      form.method = 'dialog';
      const title = document.createElement('h2');
      title.textContent = 'API key required';
      const text = document.createElement('p');
      text.id = 'auth-message';
      text.textContent = message;
      const label = document.createElement('label');
      label.htmlFor = 'auth-key';
      label.textContent = 'API key';
      const input = document.createElement('input');
      input.type = 'password';
      input.id = 'auth-key';
      input.autocomplete = 'off';
      input.required = true;
      const actions = document.createElement('div');
      actions.className = 'auth-actions';
      const use = document.createElement('button');
      use.type = 'submit';
      use.id = 'auth-submit';
      use.textContent = 'Use this key';
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'secondary';
      cancel.textContent = 'Cancel';
      actions.append(use, cancel);
      form.append(title, text, label, input, actions);
      dialog.append(form);
      document.body.append(dialog);

      let answer = null;
      form.addEventListener('submit', () => {
        answer = input.value.trim() || null;
      });
      cancel.addEventListener('click', () => dialog.close());
      dialog.addEventListener('close', () => {
        dialog.remove();
        pending = null;
        resolve(answer);
      });
      dialog.showModal();
      input.focus();
    });
    return pending;
  }

  window.fetch = async function (input, init) {
    if (!isApi(input)) {
      return plainFetch(input, init);
    }
    let key = storedKey();
    let response = await plainFetch(input, key ? withKey(input, init, key) : init);
    for (let asked = 0; response.status === 401 && asked < MAX_ASKS; asked++) {
      key = await askForKey(key
        ? 'The server did not accept this key. Enter another one.'
        : 'This server requires an API key. It is kept in this browser until the server refuses it.');
      if (!key) {
        break;
      }
      storeKey(key);
      response = await plainFetch(input, withKey(input, init, key));
    }
    if (response.status === 401) {
      storeKey(null);
    }
    return response;
  };
})();
