// The playground page: Microsoft's Web Chat on the local Direct Line endpoint, and read-only panes for
// the workspace's channels. Everything a message says is written with textContent, never as HTML.
(function () {
  'use strict';

  var ONLINE = 2, EXPIRED = 3, FAILED = 4, ENDED = 5; // botframework-directlinejs ConnectionStatus
  var status = document.getElementById('status');

  function setStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  if (!window.WebChat) {
    setStatus('Web Chat did not load: install Node.js with npm, build StatusBot again (dotnet build src/StatusBot), and reload.', true);
    return;
  }

  var token = document.querySelector('meta[name="statusbot-page-token"]').content;
  var directLine = window.WebChat.createDirectLine({ token: token, domain: location.origin + '/v3/directline', webSocket: false });
  // Once connected, say so to the bot (as Web Chat samples do), so that a first visit is greeted.
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          setTimeout(function () { store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } }); }, 0);
        }
        return next(action);
      };
    };
  });
  window.WebChat.renderWebChat({
    directLine: directLine,
    store: store,
    userID: 'playground-user',
    username: 'You',
    locale: navigator.language || 'en-US',
    styleOptions: { hideUploadButton: true, botAvatarInitials: 'SB', userAvatarInitials: 'You' }
  }, document.getElementById('webchat'));

  var panesStarted = false;
  directLine.connectionStatus$.subscribe(function (connection) {
    if (connection === ONLINE) {
      setStatus('Connected to StatusBot.', false);
      if (!panesStarted) {
        panesStarted = true;
        document.querySelectorAll('ol[data-channel]').forEach(function (pane) { showEmpty(pane); poll(pane, ''); });
      }
    } else if (connection === EXPIRED) {
      setStatus('The session expired: reload the page.', true);
    } else if (connection === FAILED) {
      setStatus('Could not connect to StatusBot: is it still running? Reload the page.', true);
    } else if (connection === ENDED) {
      setStatus('The conversation ended (StatusBot may have restarted): reload the page.', true);
    }
  });

  function poll(pane, watermark) {
    var url = '/playground/channels/' + encodeURIComponent(pane.dataset.channel) + '/activities?watermark=' + encodeURIComponent(watermark);
    fetch(url, { headers: { Authorization: 'Bearer ' + directLine.token }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (set) {
        if (set) {
          set.activities.forEach(function (activity) { render(pane, activity); });
          watermark = set.watermark;
        }
      })
      .catch(function () { /* polled again below */ })
      .then(function () { setTimeout(function () { poll(pane, watermark); }, 1000); });
  }

  function showEmpty(pane) {
    var empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'Nothing yet.';
    pane.appendChild(empty);
  }

  function render(pane, activity) {
    if (activity.type !== 'message') {
      return;
    }

    var empty = pane.querySelector('li.empty');
    if (empty) {
      empty.remove();
    }

    var item = Array.prototype.find.call(pane.children, function (li) { return li.dataset.id === activity.id; });
    if (!item) {
      item = document.createElement('li');
      item.dataset.id = activity.id;
      pane.appendChild(item);
    }

    var meta = document.createElement('div');
    meta.className = 'meta';
    var from = activity.from || {};
    meta.textContent = (from.name || from.id || 'StatusBot') + ' · ' + new Date(activity.timestamp).toLocaleString();
    var text = document.createElement('div');
    text.className = 'text';
    text.textContent = lines(activity).join('\n');
    item.replaceChildren(meta, text);
    pane.scrollTop = pane.scrollHeight;
  }

  function lines(activity) {
    var out = [];
    if (typeof activity.text === 'string' && activity.text) {
      out.push(activity.text);
    }

    (activity.attachments || []).forEach(function (attachment) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        collect(attachment.content, out);
      } else if (attachment.content && typeof attachment.content.text === 'string') {
        out.push(attachment.content.text);
      }
    });
    return out;
  }

  // Card text is escaped for Adaptive Card markdown (a backslash before each marker); the panes show it as
  // plain text, so the escapes come off.
  function plain(text) {
    return text.replace(/\\(.)/g, '$1');
  }

  // The readable text of an Adaptive Card: text blocks, rich text and facts, in order.
  function collect(node, out) {
    if (Array.isArray(node)) {
      node.forEach(function (child) { collect(child, out); });
      return;
    }

    if (!node || typeof node !== 'object') {
      return;
    }

    if (node.type === 'TextBlock' && typeof node.text === 'string') {
      out.push(plain(node.text));
    } else if (node.type === 'RichTextBlock' && Array.isArray(node.inlines)) {
      out.push(plain(node.inlines.map(function (inline) { return typeof inline === 'string' ? inline : inline.text || ''; }).join('')));
    } else if (node.type === 'FactSet' && Array.isArray(node.facts)) {
      node.facts.forEach(function (fact) { out.push(fact.title + ': ' + fact.value); });
    }

    Object.keys(node).forEach(function (key) {
      if (key !== 'actions' && key !== 'inlines' && key !== 'facts' && typeof node[key] === 'object') {
        collect(node[key], out);
      }
    });
  }
})();
