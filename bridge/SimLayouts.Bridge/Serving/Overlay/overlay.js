// The live overlay of `simlayouts serve`: it asks the server which game it serves and which member of that game's
// frame plays which role (GET /api/layouts: roles come from layouts/<game>.roles.yaml, units from the layout's
// metadata), then follows the event stream. Nothing here names a game: a new game with a roles file shows up as is.
'use strict';

const params = new URLSearchParams(location.search);
const token = params.get('token');
const rate = Number(params.get('rate')) > 0 ? Number(params.get('rate')) : 20;
if (params.has('transparent')) document.body.classList.add('transparent');

const withToken = url => token ? `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}` : url;
const element = role => document.querySelector(`[data-role="${role}"]`);
const bar = role => document.querySelector(`[data-bar="${role}"]`);

// A role's path reads as the frame: page.member[index, other.path or member=value].member ... (the roles section of
// docs/serve.md; RolePath is the same language in C#).
function compile(path) {
  let at = 0;
  const name = () => { const start = at; while (at < path.length && /[A-Za-z0-9_]/.test(path[at])) at++; return path.slice(start, at); };
  const number = () => { const start = at; while (at < path.length && /[-0-9.]/.test(path[at])) at++; return Number(path.slice(start, at)); };
  const steps = () => {
    const list = [{ name: name() }];
    while (path[at] === '.') {
      at++;
      const step = { name: name() };
      if (path[at] === '[') {
        at++;
        const start = at;
        if (/[0-9]/.test(path[at])) step.index = number();
        else {
          const member = name();
          if (path[at] === '=') {
            at++;
            // [member=value]: the first element whose member equals a number or another path's value.
            step.select = member;
            if (/[-0-9]/.test(path[at])) step.equals = number();
            else step.equalsSteps = steps();
          } else {
            at = start;
            step.indexSteps = steps();
          }
        }
        at++;
      }
      list.push(step);
    }
    return list;
  };
  return steps();
}

function evaluate(steps, frame) {
  let value = frame;
  for (const step of steps) {
    if (value === null || value === undefined) return undefined;
    value = value[step.name];
    if (step.select !== undefined) {
      // Frames hold counted arrays up to their active count, so a search of the array stays within it.
      const wanted = step.equalsSteps ? evaluate(step.equalsSteps, frame) : step.equals;
      value = Array.isArray(value) && typeof wanted === 'number'
        ? value.find(element => element !== null && typeof element === 'object' && Number(element[step.select]) === wanted)
        : undefined;
    } else if (step.index !== undefined || step.indexSteps) {
      const index = step.indexSteps ? evaluate(step.indexSteps, frame) : step.index;
      value = Array.isArray(value) ? value[index] : undefined;
    }
  }
  return value;
}

// A magnitude role names a struct of numbers (a velocity vector): its value is the Euclidean length.
function magnitude(read) {
  if (read === null || typeof read !== 'object') return undefined;
  const parts = Object.values(read);
  return parts.length > 0 && parts.every(part => typeof part === 'number') ? Math.hypot(...parts) : undefined;
}

// A standings column may reach into an embedded struct of the row (driverInfo.name).
const cell = (row, column) => column.split('.').reduce((value, part) => value === null || value === undefined ? undefined : value[part], row);

function lapTime(seconds) {
  if (typeof seconds !== 'number' || !(seconds > 0)) return '—';
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, '0')}`;
}

function start(catalog) {
  const layout = catalog.layouts.find(candidate => candidate.name === catalog.served);
  element('title').textContent = layout.title;
  const roles = Object.fromEntries(Object.entries(layout.roles).map(([role, spec]) => [role, { ...spec, steps: compile(spec.path) }]));
  // The server says how to show each role: (value + add) × scale is in km/h, rpm or seconds, whatever the game's unit.
  const value = (frame, role) => {
    const spec = roles[role];
    if (!spec) return undefined;
    const read = spec.magnitude ? magnitude(evaluate(spec.steps, frame)) : evaluate(spec.steps, frame);
    return typeof read === 'number' ? (read + spec.add) * spec.scale : read;
  };
  const standings = layout.standings && { ...layout.standings, steps: compile(layout.standings.rows) };

  const show = (role, text) => { const target = element(role); if (target) target.textContent = text; };
  const number = (frame, role, digits) => {
    const read = value(frame, role);
    return typeof read === 'number' ? read.toFixed(digits) : '—';
  };

  function render(frame) {
    document.body.dataset.sequence = frame.sequence;
    show('speed', number(frame, 'speed', 0));
    const gear = value(frame, 'gear');
    show('gear', typeof gear !== 'number' ? '—' : gear < 0 ? 'R' : gear === 0 ? 'N' : String(gear));
    show('rpm', number(frame, 'rpm', 0));
    const rpm = value(frame, 'rpm'), maxRpm = value(frame, 'maxRpm');
    bar('rpm').style.width = typeof rpm === 'number' && maxRpm > 0 ? `${Math.min(100, 100 * rpm / maxRpm)}%` : '0';
    for (const pedal of ['throttle', 'brake', 'clutch']) {
      const read = value(frame, pedal);
      bar(pedal).style.width = typeof read === 'number' ? `${Math.max(0, Math.min(100, 100 * read))}%` : '0';
    }
    const position = value(frame, 'position'), cars = value(frame, 'cars');
    show('position', typeof position === 'number' && position > 0 ? String(position) : '—');
    show('cars', typeof cars === 'number' && cars > 0 ? ` / ${cars}` : '');
    const lap = value(frame, 'lap'), laps = value(frame, 'lapsInEvent');
    show('lap', typeof lap === 'number' ? String(lap) : '—');
    show('lapsInEvent', typeof laps === 'number' && laps > 0 ? ` / ${laps}` : '');
    for (const role of ['currentLapTime', 'lastLapTime', 'bestLapTime', 'sector1Time', 'sector2Time', 'sector3Time']) {
      const read = value(frame, role);
      show(role, lapTime(read));
    }
    renderStandings(frame, position);
  }

  function renderStandings(frame, playerPosition) {
    const table = element('standings');
    const rows = standings ? evaluate(standings.steps, frame) : undefined;
    if (!Array.isArray(rows)) { table.hidden = true; return; }
    table.hidden = false;
    const body = table.tBodies[0];
    const sorted = rows.filter(row => cell(row, standings.position) > 0).sort((a, b) => cell(a, standings.position) - cell(b, standings.position)).slice(0, 12);
    body.replaceChildren(...sorted.map(row => {
      const tr = document.createElement('tr');
      if (cell(row, standings.position) === playerPosition) tr.className = 'player';
      for (const text of [cell(row, standings.position), cell(row, standings.name), standings.lap ? cell(row, standings.lap) : '']) {
        const td = document.createElement('td');
        td.textContent = text ?? '';
        tr.append(td);
      }
      return tr;
    }));
  }

  const status = element('status');
  const events = new EventSource(withToken(`/api/${encodeURIComponent(layout.name)}/events?rate=${rate}&enums=numbers`));
  events.onmessage = message => render(JSON.parse(message.data));
  events.addEventListener('status', message => {
    const state = JSON.parse(message.data);
    status.textContent = state.state === 'attached' ? 'live' : state.reason;
    status.classList.toggle('down', state.state !== 'attached');
  });
  events.onerror = () => { status.textContent = 'reconnecting…'; status.classList.add('down'); };
}

fetch(withToken('/api/layouts'))
  .then(response => response.ok ? response.json() : Promise.reject(new Error(`GET /api/layouts: ${response.status}`)))
  .then(start)
  .catch(error => { const status = element('status'); status.textContent = String(error.message); status.classList.add('down'); });
