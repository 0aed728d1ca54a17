// The web chat page. Text is always inserted with textContent: what a person types never becomes HTML.
(function () {
  const log = document.getElementById('log');
  const choices = document.getElementById('choices');
  const form = document.getElementById('form');
  const input = document.getElementById('text');
  const send = document.getElementById('send');

  function userId() {
    let id = null;
    try { id = localStorage.getItem('bhyt-chat-user'); } catch (e) { /* storage blocked */ }
    if (!id) {
      id = 'web-' + (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
      try { localStorage.setItem('bhyt-chat-user', id); } catch (e) { /* storage blocked */ }
    }
    return id;
  }
  const user = userId();

  function add(text, who) {
    const li = document.createElement('li');
    li.className = 'msg msg--' + who;
    li.textContent = text;
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function showChoices(list) {
    choices.replaceChildren();
    for (const choice of list) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.title;
      button.addEventListener('click', () => ask({ payload: choice.payload }, choice.title));
      choices.appendChild(button);
    }
  }

  async function ask(body, shown) {
    add(shown, 'user');
    showChoices([]);
    send.disabled = true;
    try {
      const res = await fetch('/webchat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.assign({ userId: user }, body)),
      });
      const data = await res.json();
      if (!res.ok) { add(data.message || 'Có lỗi xảy ra, bạn vui lòng thử lại.', 'error'); return; }
      let quick = [];
      for (const reply of data.replies) { add(reply.text, 'bot'); if (reply.quickReplies && reply.quickReplies.length) quick = reply.quickReplies; }
      showChoices(quick);
    } catch (e) {
      add('Không kết nối được máy chủ. Bạn vui lòng thử lại sau.', 'error');
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    ask({ text }, text);
  });

  add('Xin chào! Tôi trả lời các câu hỏi về bảo hiểm y tế. Bạn hãy gõ câu hỏi, có dấu hay không dấu đều được.', 'bot');
  showChoices([{ title: 'Xem các chủ đề', payload: 'HELP' }]);
})();
