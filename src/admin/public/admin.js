// The staff page. Every text from the server (citizens' questions, entries, names) is inserted with
// textContent or as attribute values through the DOM, never as HTML.
(function () {
  'use strict';

  const TOPICS = {
    days: 'Ngày sức khỏe', coverage: 'Bao phủ BHYT', subsidy: 'Hỗ trợ mức đóng', rights: 'Quyền lợi',
    services: 'Khám chữa bệnh', digital: 'Chuyển đổi số', policy: 'Chính sách', targets: 'Chỉ tiêu',
    hospitals: 'Cơ sở khám chữa bệnh', fraud: 'Gian lận, trục lợi', feedback: 'Phản ánh, góp ý',
    slogans: 'Khẩu hiệu', participation: 'Tham gia BHYT', general: 'Chung',
  };
  const CHANNELS = { webchat: 'Web', messenger: 'Messenger', zalo: 'Zalo' };
  const CHANNEL_COLORS = { webchat: '#0b5cad', messenger: '#7b61ff', zalo: '#00a6a6' };
  const ACTIONS = {
    'sign-in': 'Đăng nhập', 'sign-in-failed': 'Đăng nhập sai', 'sign-out': 'Đăng xuất',
    'password-change': 'Đổi mật khẩu', 'password-change-failed': 'Đổi mật khẩu: sai mật khẩu hiện tại',
    'draft-save': 'Lưu bản nháp', 'draft-discard': 'Bỏ thay đổi nháp', publish: 'Xuất bản',
    rollback: 'Khôi phục phiên bản', 'content-import': 'Nhập nội dung từ tệp',
    'account-create': 'Tạo tài khoản', 'account-update': 'Sửa tài khoản', 'account-delete': 'Xóa tài khoản',
    'unanswered-dismiss': 'Bỏ qua câu hỏi', 'handoff-release': 'Kết thúc chuyển cán bộ',
  };
  const DECISIONS = { answer: 'Trả lời', clarify: 'Hỏi lại để người dân chọn', fallback: 'Không trả lời được' };
  const DRAFT_KINDS = { added: 'Mới', edited: 'Đã sửa', retired: 'Ngừng dùng' };
  const ROLES = { editor: 'Biên tập', publisher: 'Xuất bản' };

  const state = {
    csrf: '',
    me: null,
    meta: null,
    entries: [],
    editing: null, // { id, isNew }
    fromUnanswered: [], // question ids to dismiss once the editor's entry is saved
    auditOffset: 0,
  };

  // ---------- small DOM helpers ----------
  const $ = (id) => document.getElementById(id);

  /** Builds an element; strings become text nodes, never HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function option(value, label, selected) {
    const o = el('option', { value }, label);
    if (selected) o.selected = true;
    return o;
  }

  function formatTime(value) {
    if (value === undefined || value === null) return '';
    return new Date(value).toLocaleString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
    });
  }

  function percent(x) {
    return `${Math.round(x * 1000) / 10}%`;
  }

  function notify(text, isError) {
    const notice = $('notice');
    notice.textContent = text;
    notice.classList.toggle('is-error', !!isError);
  }

  // ---------- API ----------
  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || `Lỗi ${status}`);
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: {} };
    if (method !== 'GET') {
      init.headers['content-type'] = 'application/json';
      init.headers['x-csrf-token'] = state.csrf;
      init.body = JSON.stringify(body === undefined ? {} : body);
    }
    const res = await fetch(`/admin/api${path}`, init);
    const data = res.status === 204 ? {} : await res.json().catch(() => ({}));
    if (!res.ok) {
      if (res.status === 401 && path !== '/sign-in') showSignIn('Phiên làm việc đã hết. Hãy đăng nhập lại.');
      throw new ApiError(res.status, data);
    }
    return data;
  }

  /** Runs an action; shows its error (if any) in the notice line. */
  async function attempt(work, successText) {
    try {
      const result = await work();
      if (successText) notify(successText);
      return result;
    } catch (error) {
      notify(error.message, true);
      return undefined;
    }
  }

  // ---------- sign-in ----------
  function showSignIn(message) {
    state.me = null;
    $('loading').hidden = true;
    $('app-view').hidden = true;
    $('who').hidden = true;
    $('sign-in-view').hidden = false;
    $('sign-in-error').textContent = message || '';
    $('sign-in-name').focus();
  }

  async function start() {
    const session = await api('GET', '/session');
    state.csrf = session.csrfToken;
    if (!session.signedIn) return showSignIn();
    await enter(session);
  }

  async function enter(session) {
    state.me = { name: session.name, role: session.role };
    state.csrf = session.csrfToken;
    $('loading').hidden = true;
    $('sign-in-view').hidden = true;
    $('app-view').hidden = false;
    $('who').hidden = false;
    $('who-name').textContent = `${session.name} (${ROLES[session.role] || session.role})`;
    for (const node of document.querySelectorAll('[data-publisher-only]')) node.hidden = session.role !== 'publisher';
    state.meta = await api('GET', '/meta');
    fillMetaSelects();
    showTab('faq');
  }

  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      const session = await api('POST', '/sign-in', { name: $('sign-in-name').value, password: $('sign-in-password').value });
      $('sign-in-password').value = '';
      await enter(session);
    } catch (error) {
      $('sign-in-error').textContent = error.message;
    }
  });

  $('sign-out').addEventListener('click', async () => {
    await attempt(() => api('POST', '/sign-out'));
    const session = await api('GET', '/session');
    state.csrf = session.csrfToken;
    showSignIn('Bạn đã đăng xuất.');
  });

  // ---------- tabs ----------
  const loaders = {
    faq: loadEntries,
    publish: loadPublish,
    unanswered: loadUnanswered,
    handoffs: loadHandoffs,
    stats: loadStats,
    audit: () => loadAudit(true),
    accounts: loadAccounts,
    password: clearPasswordForm,
  };

  function showTab(name) {
    for (const button of document.querySelectorAll('.tabs button')) {
      if (button.dataset.tab === name) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    for (const section of document.querySelectorAll('.tab')) section.hidden = section.id !== `tab-${name}`;
    notify('');
    return attempt(loaders[name]);
  }

  for (const button of document.querySelectorAll('.tabs button')) {
    button.addEventListener('click', () => showTab(button.dataset.tab));
  }

  // ---------- FAQ list ----------
  function fillMetaSelects() {
    const { topics, scopes, documents, version } = state.meta;
    $('version-label').textContent = `· phiên bản đang dùng: ${version}`;
    const topicFilter = $('filter-topic');
    const scopeFilter = $('filter-scope');
    topicFilter.replaceChildren(option('', 'Mọi chủ đề'), ...topics.map((t) => option(t, TOPICS[t] || t)));
    scopeFilter.replaceChildren(option('', 'Mọi phạm vi'), ...scopes.map((s) => option(s.id, s.name)));
    $('f-topic').replaceChildren(...topics.map((t) => option(t, TOPICS[t] || t)));
    $('f-scope').replaceChildren(...scopes.map((s) => option(s.id, s.name)));
    $('documents-hint').textContent = `Mã văn bản: ${documents.map((d) => `${d.id} (${d.number})`).join('; ')}`;
  }

  function scopeName(id) {
    const scope = state.meta && state.meta.scopes.find((s) => s.id === id);
    return scope ? scope.name : id;
  }

  let filterTimer;
  $('filters').addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => attempt(loadEntries), 200);
  });
  $('filters').addEventListener('submit', (event) => event.preventDefault());

  async function loadEntries() {
    const params = new URLSearchParams();
    for (const [key, id] of [['q', 'filter-q'], ['topic', 'filter-topic'], ['scope', 'filter-scope'], ['status', 'filter-status']]) {
      const value = $(id).value.trim();
      if (value) params.set(key, value);
    }
    const data = await api('GET', `/entries?${params}`);
    state.entries = data.entries;
    $('entry-count').textContent = `${data.entries.length} câu`;
    $('entries').replaceChildren(
      ...data.entries.map((entry) =>
        el(
          'li',
          { className: state.editing && state.editing.id === entry.id ? 'selected' : '', 'data-id': entry.id },
          el(
            'button',
            { type: 'button', onclick: () => attempt(() => openEntry(entry.id)) },
            entry.question,
            entry.draft ? el('span', { className: `badge ${entry.draft}`, text: DRAFT_KINDS[entry.draft] }) : null,
            entry.status === 'retired' ? el('span', { className: 'badge retired', text: 'Đã ngừng' }) : null,
            el('span', { className: 'entry-meta', text: `${entry.id} · ${TOPICS[entry.topic] || entry.topic} · ${scopeName(entry.scope)}` }),
          ),
        ),
      ),
    );
  }

  // ---------- editor ----------
  const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

  function clearErrors(form) {
    for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
    for (const f of form.querySelectorAll('.field')) f.classList.remove('has-error');
  }

  /** Shows each error beside its field; `paraphrases.2` becomes "Dòng 3: …" under the paraphrases. */
  function showFieldErrors(form, fields) {
    clearErrors(form);
    let shown = 0;
    for (const [path, message] of Object.entries(fields || {})) {
      const [name, index] = path.split('.');
      const target = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
      if (!target) continue;
      const text = index !== undefined && /^\d+$/.test(index) ? `Dòng ${Number(index) + 1}: ${message}` : message;
      target.textContent = target.textContent ? `${target.textContent} ${text}` : text;
      target.closest('.field').classList.add('has-error');
      shown++;
    }
    return shown;
  }

  function fillEditor(entry, isNew, stateText) {
    const form = $('editor');
    clearErrors(form);
    $('editor-error').textContent = '';
    state.editing = { id: entry.id || '', isNew };
    $('editor-title').textContent = isNew ? 'Thêm câu hỏi' : 'Sửa câu hỏi';
    $('editor-state').textContent = stateText || '';
    $('f-id').value = entry.id || '';
    $('f-id').readOnly = !isNew;
    $('f-topic').value = entry.topic || state.meta.topics[0];
    $('f-scope').value = entry.scope || 'national';
    $('f-status').value = entry.status || 'active';
    $('f-group').value = entry.group || '';
    $('f-question').value = entry.question || '';
    $('f-paraphrases').value = (entry.paraphrases || []).join('\n');
    $('f-keywords').value = (entry.keywords || []).join('\n');
    $('f-answer').value = entry.answer || '';
    $('f-items').value = (entry.items || []).join('\n');
    $('f-documents-silent').checked = entry.documentsSilent === true;
    $('f-sources').value = (entry.sources || []).map((s) => (s.section ? `${s.doc} | ${s.section}` : s.doc)).join('\n');
    $('editor-retire').hidden = isNew;
    $('editor-discard').hidden = isNew;
    updateAnswerCount();
    form.hidden = false;
    for (const li of $('entries').children) li.classList.toggle('selected', li.dataset.id === entry.id);
  }

  function readEditor() {
    const entry = {
      id: $('f-id').value.trim(),
      topic: $('f-topic').value,
      scope: $('f-scope').value,
      status: $('f-status').value,
      question: $('f-question').value.trim(),
      paraphrases: lines($('f-paraphrases').value),
      keywords: lines($('f-keywords').value),
      answer: $('f-answer').value.trim(),
      sources: lines($('f-sources').value).map((line) => {
        const [doc, ...section] = line.split('|');
        const rest = section.join('|').trim();
        return rest ? { doc: doc.trim(), section: rest } : { doc: doc.trim() };
      }),
    };
    const group = $('f-group').value.trim();
    if (group) entry.group = group;
    const items = lines($('f-items').value);
    if (items.length > 0) entry.items = items;
    if ($('f-documents-silent').checked) entry.documentsSilent = true;
    return entry;
  }

  function updateAnswerCount() {
    $('answer-count').textContent = `(${$('f-answer').value.trim().length}/700 ký tự)`;
  }
  $('f-answer').addEventListener('input', updateAnswerCount);

  async function openEntry(id, extraParaphrase) {
    const data = await api('GET', `/entries/${encodeURIComponent(id)}`);
    const entry = data.entry;
    if (extraParaphrase && !entry.paraphrases.includes(extraParaphrase)) entry.paraphrases = [...entry.paraphrases, extraParaphrase];
    const stateText = data.change
      ? `Có thay đổi trong bản nháp (${data.change.by}, ${formatTime(data.change.at)}). Chưa xuất bản.`
      : 'Đang dùng như trong phiên bản đã xuất bản.';
    fillEditor(entry, false, stateText);
    $('f-answer').focus();
  }

  function newEntry(prefill) {
    fillEditor(Object.assign({ paraphrases: [], keywords: [], sources: [] }, prefill || {}), true, 'Câu hỏi mới, sẽ được lưu vào bản nháp.');
    $('f-id').focus();
  }

  $('new-entry').addEventListener('click', () => {
    state.fromUnanswered = [];
    newEntry();
  });

  async function saveEditor(entry) {
    const form = $('editor');
    $('editor-error').textContent = '';
    try {
      if (state.editing.isNew) await api('POST', '/draft/entries', entry);
      else await api('PUT', `/draft/entries/${encodeURIComponent(state.editing.id)}`, entry);
    } catch (error) {
      const shown = error.status === 400 ? showFieldErrors(form, error.body.fields) : 0;
      $('editor-error').textContent = shown > 0 ? 'Chưa lưu được: hãy sửa các ô được đánh dấu đỏ.' : error.message;
      return;
    }
    clearErrors(form);
    if (state.fromUnanswered.length > 0) {
      await attempt(() => api('POST', '/unanswered/dismiss', { ids: state.fromUnanswered }));
      state.fromUnanswered = [];
    }
    state.editing = { id: entry.id, isNew: false };
    $('f-id').readOnly = true;
    $('editor-retire').hidden = false;
    $('editor-discard').hidden = false;
    $('editor-state').textContent = 'Đã lưu vào bản nháp. Chưa xuất bản.';
    notify('Đã lưu vào bản nháp.');
    await attempt(loadEntries);
  }

  $('editor').addEventListener('submit', (event) => {
    event.preventDefault();
    saveEditor(readEditor());
  });

  $('editor-retire').addEventListener('click', () => {
    if (!confirm('Ngừng sử dụng câu hỏi này? Sau khi xuất bản, trợ lý sẽ không dùng câu trả lời này nữa.')) return;
    $('f-status').value = 'retired';
    saveEditor(readEditor());
  });

  $('editor-discard').addEventListener('click', async () => {
    const id = state.editing && state.editing.id;
    if (!id) return;
    const done = await attempt(() => api('DELETE', `/draft/entries/${encodeURIComponent(id)}`), 'Đã bỏ thay đổi nháp.');
    if (!done) return;
    await attempt(loadEntries);
    if (state.entries.some((e) => e.id === id)) await attempt(() => openEntry(id));
    else closeEditor();
  });

  function closeEditor() {
    $('editor').hidden = true;
    state.editing = null;
    state.fromUnanswered = [];
    for (const li of $('entries').children) li.classList.remove('selected');
  }
  $('editor-close').addEventListener('click', closeEditor);

  // ---------- try it ----------
  $('try-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('try-text').value.trim();
    if (!text) return;
    const out = $('try-result');
    try {
      const result = await api('POST', '/draft/try', { text });
      out.replaceChildren(...renderTry(result));
    } catch (error) {
      out.replaceChildren(el('p', { className: 'error', text: error.message }));
    }
  });

  function renderTry(result) {
    const parts = [
      el('p', {}, el('strong', { text: DECISIONS[result.decision] || result.decision }), ` · độ tin cậy ${result.confidence}`),
    ];
    if (result.answer) {
      parts.push(el('p', { className: 'muted small', text: `${result.answer.id}: ${result.answer.question}` }));
      parts.push(el('div', { className: 'answer', id: 'try-answer', text: result.answer.answer }));
    }
    if (result.options.length > 0) {
      parts.push(el('p', { text: 'Trợ lý sẽ hỏi lại, đưa ra các lựa chọn:' }));
      parts.push(el('ol', {}, result.options.map((o) => el('li', { text: o.question }))));
    }
    if (result.candidates.length > 0) {
      parts.push(
        el(
          'table',
          { className: 'table' },
          el('thead', {}, el('tr', {}, el('th', { text: 'Ứng viên' }), el('th', { text: 'Điểm' }), el('th', { text: 'Từ khớp' }))),
          el(
            'tbody',
            {},
            result.candidates.map((c) =>
              el(
                'tr',
                {},
                el('td', {}, c.question, el('span', { className: 'entry-meta', text: `${c.id} · ${scopeName(c.scope)}` })),
                el('td', { text: String(c.score) }),
                el('td', {}, c.matched.map((w) => el('span', { className: 'matched', text: w }))),
              ),
            ),
          ),
        ),
      );
    } else {
      parts.push(el('p', { className: 'muted', text: 'Không câu nào trong bản nháp khớp với câu hỏi này.' }));
    }
    return parts;
  }

  // ---------- publish and versions ----------
  async function loadPublish() {
    const [draft, versions] = await Promise.all([api('GET', '/draft'), api('GET', '/versions')]);
    const isPublisher = state.me.role === 'publisher';
    $('draft-changes').replaceChildren(
      ...(draft.changes.length === 0
        ? [el('li', { className: 'muted', text: 'Bản nháp chưa có thay đổi nào.' })]
        : draft.changes.map((c) =>
            el(
              'li',
              {},
              el('span', { className: `badge ${c.kind}`, text: DRAFT_KINDS[c.kind] }),
              ' ',
              el('strong', { text: c.question }),
              el('span', { className: 'entry-meta', text: `${c.id} · ${c.by} · ${formatTime(c.at)} · thay đổi: ${c.changes.map((f) => f.field).join(', ') || 'không'}` }),
            ),
          )),
    );
    $('publish-submit').disabled = !isPublisher || draft.changes.length === 0;
    $('publish-note').disabled = !isPublisher;
    $('publish-hint').textContent = isPublisher
      ? 'Xuất bản tạo một phiên bản mới; mọi máy chủ dùng phiên bản này trong vài giây.'
      : 'Chỉ người có quyền xuất bản mới xuất bản hoặc khôi phục phiên bản được.';
    $('versions').replaceChildren(
      ...versions.versions.map((v) =>
        el(
          'tr',
          { 'data-version': v.number },
          el('td', {}, String(v.number), v.number === versions.live ? el('span', { className: 'badge live', text: 'Đang dùng' }) : null),
          el('td', { text: formatTime(v.at) }),
          el('td', { text: v.author }),
          el('td', { text: v.note }),
          el('td', { text: String(v.entryCount) }),
          el(
            'td',
            {},
            isPublisher && v.number !== versions.live
              ? el('button', { type: 'button', className: 'secondary', onclick: () => restore(v.number) }, 'Khôi phục')
              : null,
          ),
        ),
      ),
    );
  }

  $('publish-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('publish-error').textContent = '';
    try {
      const version = await api('POST', '/versions', { note: $('publish-note').value });
      $('publish-note').value = '';
      notify(`Đã xuất bản phiên bản ${version.number}.`);
      state.meta = await api('GET', '/meta');
      fillMetaSelects();
      await loadPublish();
    } catch (error) {
      $('publish-error').textContent = (error.body.fields && error.body.fields.note) || error.message;
    }
  });

  async function restore(number) {
    if (!confirm(`Khôi phục phiên bản ${number}? Mọi máy chủ sẽ trả lời theo phiên bản này.`)) return;
    const done = await attempt(() => api('POST', `/versions/${number}/restore`, {}), `Đã khôi phục phiên bản ${number}.`);
    if (!done) return;
    state.meta = await api('GET', '/meta');
    fillMetaSelects();
    await attempt(loadPublish);
  }

  // ---------- unanswered questions ----------
  async function loadUnanswered() {
    const [data, entries] = await Promise.all([api('GET', '/unanswered'), api('GET', '/entries?status=active')]);
    const list = $('unanswered');
    if (data.groups.length === 0) {
      list.replaceChildren(el('li', { className: 'muted', text: 'Chưa có câu hỏi nào.' }));
      return;
    }
    const sorted = entries.entries.slice().sort((a, b) => a.question.localeCompare(b.question, 'vi'));
    list.replaceChildren(
      ...data.groups.map((group) => {
        const select = el('select', { 'aria-label': 'Chọn câu hỏi có sẵn' }, option('', 'Chọn câu hỏi có sẵn…'), sorted.map((e) => option(e.id, e.question)));
        return el(
          'li',
          { 'data-group': group.id },
          el('div', { className: 'question', text: group.text }),
          group.variants.length > 0 ? el('ul', { className: 'variants' }, group.variants.map((v) => el('li', { text: v }))) : null,
          el('div', { className: 'muted small', text: `Số lần hỏi: ${group.count} · Lần cuối: ${formatTime(group.lastSeen)}` }),
          el(
            'div',
            { className: 'actions' },
            el('button', { type: 'button', onclick: () => startNewFrom(group) }, 'Tạo câu hỏi mới'),
            select,
            el('button', { type: 'button', className: 'secondary', onclick: () => addAsParaphrase(group, select.value) }, 'Thêm làm cách hỏi khác'),
            el('button', { type: 'button', className: 'danger', onclick: () => dismiss(group) }, 'Bỏ qua'),
          ),
        );
      }),
    );
  }

  async function startNewFrom(group) {
    await showTab('faq');
    newEntry({ question: group.text, paraphrases: [group.text, ...group.variants] });
    state.fromUnanswered = group.ids;
  }

  async function addAsParaphrase(group, entryId) {
    if (!entryId) {
      notify('Hãy chọn câu hỏi có sẵn để thêm cách hỏi này vào.', true);
      return;
    }
    await showTab('faq');
    await attempt(() => openEntry(entryId, group.text));
    state.fromUnanswered = group.ids;
    notify('Đã thêm câu hỏi vào ô "Các cách hỏi khác". Kiểm tra rồi bấm "Lưu vào bản nháp".');
  }

  async function dismiss(group) {
    const done = await attempt(() => api('POST', '/unanswered/dismiss', { ids: group.ids }), 'Đã bỏ qua câu hỏi.');
    if (done) await attempt(loadUnanswered);
  }

  // ---------- hand-offs ----------
  async function loadHandoffs() {
    const data = await api('GET', '/handoffs');
    const rows = data.handoffs.map((h) =>
      el(
        'tr',
        {},
        el('td', { text: CHANNELS[h.channel] || h.channel }),
        el('td', {}, el('code', { text: h.id.slice(0, 8) })),
        el('td', { text: formatTime(h.since) }),
        el('td', { text: formatTime(h.until) }),
        el('td', {}, el('button', { type: 'button', onclick: () => release(h.id) }, 'Đã xử lý xong')),
      ),
    );
    $('handoffs').replaceChildren(...(rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 5, className: 'muted', text: 'Không có cuộc trò chuyện nào đang chờ.' }))]));
  }

  async function release(id) {
    const done = await attempt(() => api('POST', `/handoffs/${encodeURIComponent(id)}/release`), 'Trợ lý sẽ trả lời lại cuộc trò chuyện này.');
    if (done) await attempt(loadHandoffs);
  }

  // ---------- statistics ----------
  async function loadStats() {
    const stats = await api('GET', '/stats?days=30');
    const t = stats.totals;
    $('stats-totals').textContent =
      `Tổng ${t.messages} tin nhắn · trả lời được ${percent(t.answeredShare)} · chưa trả lời được ${percent(t.fallbackShare)} · ` +
      Object.entries(t.byChannel).map(([c, n]) => `${CHANNELS[c] || c}: ${n.messages}`).join(', ');
    drawChart($('stats-chart'), stats.days);
    $('stats-legend').replaceChildren(
      ...Object.keys(CHANNELS).map((c) => el('span', {}, el('i', { className: c }), CHANNELS[c])),
      el('span', {}, el('i', { className: 'fallback-line' }), 'Chưa trả lời được'),
    );
    const empty = (text) => [el('li', { className: 'muted', text })];
    $('stats-top-entries').replaceChildren(
      ...(stats.topEntries.length ? stats.topEntries.map((e) => el('li', { text: `${e.question} (${e.count})` })) : empty('Chưa có số liệu.')),
    );
    $('stats-top-unanswered').replaceChildren(
      ...(stats.topUnanswered.length ? stats.topUnanswered.map((q) => el('li', { text: `${q.text} (${q.count})` })) : empty('Chưa có câu hỏi nào.')),
    );
  }

  /** Stacked bars of messages per day and channel, and a line of the unanswered ones. */
  function drawChart(canvas, days) {
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth || 900;
    const height = Math.round(width * 0.32) || 280;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const g = canvas.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    const pad = { left: 36, right: 8, top: 10, bottom: 26 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    // Whole-number gridlines: four steps of a round size.
    const tick = Math.max(1, Math.ceil(Math.max(...days.map((d) => d.messages), 1) / 4));
    const max = tick * 4;
    const step = plotW / days.length;
    const y = (v) => pad.top + plotH - (v / max) * plotH;

    g.font = '11px system-ui, sans-serif';
    g.fillStyle = '#5f6368';
    g.strokeStyle = '#d7dce2';
    for (let i = 0; i <= 4; i++) {
      const v = tick * i;
      g.beginPath();
      g.moveTo(pad.left, y(v));
      g.lineTo(width - pad.right, y(v));
      g.stroke();
      g.fillText(String(v), 4, y(v) + 4);
    }
    days.forEach((d, i) => {
      let base = 0;
      for (const channel of Object.keys(CHANNELS)) {
        const n = d.byChannel[channel] || 0;
        if (!n) continue;
        g.fillStyle = CHANNEL_COLORS[channel];
        g.fillRect(pad.left + i * step + step * 0.15, y(base + n), step * 0.7, y(base) - y(base + n));
        base += n;
      }
      if (i % 5 === 0 || i === days.length - 1) {
        g.fillStyle = '#5f6368';
        g.fillText(d.date.slice(8, 10) + '/' + d.date.slice(5, 7), pad.left + i * step, height - 8);
      }
    });
    g.strokeStyle = '#b3261e';
    g.lineWidth = 2;
    g.beginPath();
    days.forEach((d, i) => {
      const x = pad.left + i * step + step / 2;
      if (i === 0) g.moveTo(x, y(d.fallback));
      else g.lineTo(x, y(d.fallback));
    });
    g.stroke();
    g.lineWidth = 1;
  }

  // ---------- audit log ----------
  const AUDIT_PAGE = 50;

  async function loadAudit(fromStart) {
    if (fromStart) state.auditOffset = 0;
    const data = await api('GET', `/audit?offset=${state.auditOffset}&limit=${AUDIT_PAGE}`);
    const rows = data.events.map((e) =>
      el(
        'tr',
        {},
        el('td', { text: formatTime(e.at) }),
        el('td', { text: e.who }),
        el('td', { text: ACTIONS[e.action] || e.action }),
        el('td', { text: e.target || '' }),
        el('td', {}, e.details ? el('details', {}, el('summary', { text: 'Xem' }), el('pre', { text: JSON.stringify(e.details, null, 2) })) : null),
      ),
    );
    if (fromStart) $('audit').replaceChildren(...rows);
    else $('audit').append(...rows);
    state.auditOffset += data.events.length;
    $('audit-more').hidden = state.auditOffset >= data.total;
  }
  $('audit-more').addEventListener('click', () => attempt(() => loadAudit(false)));

  // ---------- accounts ----------
  async function loadAccounts() {
    const data = await api('GET', '/accounts');
    $('accounts').replaceChildren(
      ...data.accounts.map((a) => {
        const role = el('select', { 'aria-label': `Quyền của ${a.name}` }, Object.entries(ROLES).map(([id, label]) => option(id, label, id === a.role)));
        role.addEventListener('change', () => updateAccount(a.name, { role: role.value }, 'Đã đổi quyền.'));
        return el(
          'tr',
          {},
          el('td', { text: a.name }),
          el('td', {}, role),
          el('td', { text: formatTime(a.createdAt) }),
          el(
            'td',
            {},
            el('button', { type: 'button', className: 'secondary', onclick: () => resetPassword(a.name) }, 'Đặt lại mật khẩu'),
            ' ',
            a.name !== state.me.name ? el('button', { type: 'button', className: 'danger', onclick: () => deleteAccount(a.name) }, 'Xóa') : null,
          ),
        );
      }),
    );
  }

  async function updateAccount(name, change, text) {
    await attempt(() => api('PATCH', `/accounts/${encodeURIComponent(name)}`, change), text);
    await attempt(loadAccounts);
  }

  function resetPassword(name) {
    const password = prompt(`Mật khẩu mới cho ${name} (ít nhất 10 ký tự):`);
    if (password) updateAccount(name, { password }, 'Đã đặt lại mật khẩu.');
  }

  async function deleteAccount(name) {
    if (!confirm(`Xóa tài khoản ${name}?`)) return;
    await attempt(() => api('DELETE', `/accounts/${encodeURIComponent(name)}`), 'Đã xóa tài khoản.');
    await attempt(loadAccounts);
  }

  $('account-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = $('account-form');
    try {
      await api('POST', '/accounts', { name: $('a-name').value, role: $('a-role').value, password: $('a-password').value });
      clearErrors(form);
      $('a-name').value = '';
      $('a-password').value = '';
      notify('Đã tạo tài khoản.');
      await loadAccounts();
    } catch (error) {
      if (!(error.status === 400 && showFieldErrors(form, error.body.fields))) notify(error.message, true);
    }
  });

  // ---------- one's own password ----------
  $('change-password').addEventListener('click', () => showTab('password'));

  function clearPasswordForm() {
    const form = $('password-form');
    form.reset();
    // For password managers: which account the new password belongs to.
    $('pw-username').value = state.me.name;
    clearErrors(form);
    $('password-error').textContent = '';
  }

  $('password-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = $('password-form');
    clearErrors(form);
    $('password-error').textContent = '';
    if ($('pw-new').value !== $('pw-repeat').value) {
      showFieldErrors(form, { repeatPassword: 'Hai lần nhập mật khẩu mới không khớp' });
      return;
    }
    try {
      await api('POST', '/session/password', { currentPassword: $('pw-current').value, newPassword: $('pw-new').value });
      clearPasswordForm();
      notify('Đã đổi mật khẩu.');
    } catch (error) {
      if (!showFieldErrors(form, error.body.fields)) $('password-error').textContent = error.message;
    }
  });

  start().catch(() => showSignIn('Không kết nối được máy chủ. Hãy tải lại trang.'));
})();
