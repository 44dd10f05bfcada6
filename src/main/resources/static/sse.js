/*
 * Server-Sent Events over fetch: EventSource can only GET, and the chat stream is a POST.
 * Parses the text/event-stream format (event/data fields, comments, any line ending, events split
 * across network chunks) into {event, data} objects.
 */
(function () {
  'use strict';

  async function* events(body) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let event = '';
    let data = [];
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A chunk may end between "\r" and "\n": keep a trailing "\r" until the next chunk says which it was.
      let complete = buffer;
      if (!done && buffer.endsWith('\r')) {
        complete = buffer.slice(0, -1);
      }
      const lines = complete.split(/\r\n|\r|\n/);
      const rest = done ? '' : lines.pop();
      buffer = done ? '' : rest + buffer.slice(complete.length);
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) {
            yield { event: event || 'message', data: data.join('\n') };
          }
          event = '';
          data = [];
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const name = colon < 0 ? line : line.slice(0, colon);
          let fieldValue = colon < 0 ? '' : line.slice(colon + 1);
          if (fieldValue.startsWith(' ')) {
            fieldValue = fieldValue.slice(1);
          }
          if (name === 'event') {
            event = fieldValue;
          } else if (name === 'data') {
            data.push(fieldValue);
          }
        }
      }
      if (done) {
        if (data.length > 0) {
          yield { event: event || 'message', data: data.join('\n') };
        }
        return;
      }
    }
  }

  window.FootnoteSse = { events };
})();
