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
    userID: document.querySelector('meta[name="statusbot-user-id"]').content,
    username: document.querySelector('meta[name="statusbot-user-name"]').content,
    locale: navigator.language || 'en-US',
    styleOptions: { hideUploadButton: true, botAvatarInitials: 'SB', userAvatarInitials: 'You' }
  }, document.getElementById('webchat'));

  directLine.connectionStatus$.subscribe(function (connection) {
    if (connection === ONLINE) {
      setStatus('Connected to StatusBot.', false);
    } else if (connection === EXPIRED) {
      setStatus('The session expired: reload the page.', true);
    } else if (connection === FAILED) {
      setStatus('Could not connect to StatusBot: is it still running? Reload the page.', true);
    } else if (connection === ENDED) {
      setStatus('The conversation ended (StatusBot may have restarted): reload the page.', true);
    }
  });

  // Each channel pane is Web Chat too, read-only, on the channel's own conversation: cards show as cards, as the
  // customer and the team would see them. Its token can read that channel and nothing else, and cannot post.
  document.querySelectorAll('[data-channel]').forEach(function (pane) {
    window.WebChat.renderWebChat({
      directLine: window.WebChat.createDirectLine({
        token: pane.dataset.token, conversationId: pane.dataset.channel, domain: location.origin + '/v3/directline', webSocket: false
      }),
      userID: 'playground-viewer',
      locale: navigator.language || 'en-US',
      styleOptions: { hideSendBox: true, hideUploadButton: true, botAvatarInitials: 'SB', rootHeight: '100%' }
    }, pane);
  });
})();
