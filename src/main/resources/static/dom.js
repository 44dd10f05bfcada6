/* The one element builder the page's scripts share: text only ever goes in as textContent, never as HTML. */
(function () {
  'use strict';

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  window.FootnoteDom = { el };
})();
