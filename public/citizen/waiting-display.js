// The waiting-room display: polls the kommune's display state every 5 seconds and redraws the called tickets.
// A new call at the top is announced in the live region. Runs for hours: one timer, no growing state, and a
// failed poll only waits for the next.
(() => {
  const main = document.getElementById('main');
  const body = document.getElementById('called');
  const waiting = document.getElementById('waiting');
  const announce = document.getElementById('announce');
  if (!main || !body || !waiting || !announce) return;
  const url = main.dataset.stateUrl;
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_m, k) => String(values[k] ?? ''));
  let latest = body.querySelector('tr.latest td')?.textContent ?? null;

  const cell = (text) => {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  };

  const draw = (state) => {
    const rows = [];
    if (state.called.length === 0) {
      const tr = document.createElement('tr');
      const td = cell(main.dataset.none ?? '');
      td.colSpan = 2;
      tr.append(td);
      rows.push(tr);
    }
    state.called.forEach((c, i) => {
      const tr = document.createElement('tr');
      if (i === 0) tr.className = 'latest';
      tr.append(cell(c.ticket), cell(c.desk));
      rows.push(tr);
    });
    body.replaceChildren(...rows);
    waiting.textContent = fill(main.dataset.waiting ?? '', { count: state.waiting });
    const top = state.called[0];
    const key = top ? `${top.ticket}` : null;
    if (top && key !== latest) announce.textContent = fill(main.dataset.announce ?? '', top);
    latest = key;
  };

  const poll = async () => {
    try {
      // A poll that hangs is given up before the next one starts, so polls never pile up over the hours.
      const res = await fetch(url, {
        headers: { accept: 'application/json' },
        cache: 'no-store',
        signal: AbortSignal.timeout(4000),
      });
      if (res.ok) draw(await res.json());
    } catch {
      // The network was away: the next poll tries again.
    }
  };
  setInterval(poll, 5000);
})();
