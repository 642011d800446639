/*
 * Our additions to Decap CMS, in the browser:
 *
 * - Decap starts with the configuration the local server generates from
 *   the registry of content kinds (GET /api/oppsett), and in Norwegian.
 * - Beside every form, where Decap shows its preview, a panel shows the
 *   content check's messages for the file as saved (POST /api/kontroll),
 *   worded exactly as `npm run check` words them, and whether the preview
 *   of the site shows the saved version yet. The panel is refreshed after
 *   every save.
 *
 * Plain JavaScript for Decap's global `CMS`, `createClass` and `h` (React
 * without a build step); no framework of our own.
 */
/* global CMS, createClass, h */
(function () {
  'use strict';

  /** Panels to refresh after a save. */
  var listeners = new Set();

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json && json.error ? json.error : 'Kontrollen svarte ikke.');
        return json;
      });
    });
  }

  function count(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  var CheckPanel = createClass({
    getInitialState: function () {
      return { check: null, error: null, busy: false, preview: null, checkedPath: null };
    },
    componentDidMount: function () {
      var self = this;
      this.listener = function (path) {
        self.refresh(path);
      };
      listeners.add(this.listener);
      this.refresh();
    },
    componentWillUnmount: function () {
      listeners.delete(this.listener);
      clearTimeout(this.timer);
    },
    componentDidUpdate: function (previous) {
      if (previous.entry.get('path') !== this.props.entry.get('path')) this.refresh();
    },
    savedPath: function (hint) {
      var entry = this.props.entry;
      if (hint) return hint;
      if (entry.get('path') && !entry.get('newRecord')) return entry.get('path');
      return null;
    },
    refresh: function (hint) {
      var self = this;
      var path = this.savedPath(hint);
      clearTimeout(this.timer);
      if (!path || hosted) {
        this.setState({ check: null, error: null, busy: false, checkedPath: null });
        return;
      }
      this.setState({ busy: true, checkedPath: path });
      postJson('/api/kontroll', { path: path })
        .then(function (check) {
          self.setState({ check: check, error: null, busy: false });
        })
        .catch(function (error) {
          self.setState({ check: null, error: error.message, busy: false });
        });
      this.pollPreview();
    },
    pollPreview: function () {
      var self = this;
      fetch('/api/forhandsvisning')
        .then(function (response) {
          return response.json();
        })
        .then(function (preview) {
          self.setState({ preview: preview });
          if (preview.state === 'bygger' || preview.state === 'venter') {
            self.timer = setTimeout(function () {
              self.pollPreview();
            }, 3000);
          }
        })
        .catch(function () {});
    },
    renderCheck: function () {
      var state = this.state;
      if (hosted) {
        return h('p', { className: 'kontroll-info' }, 'Her kontrolleres innholdet når endringen publiseres. Feil vises i publiseringsloggen.');
      }
      var check = state.check;
      if (!state.checkedPath) {
        return h('p', { className: 'kontroll-info' }, 'Kontrollen kjøres når du har lagret. Da ser du her om noe må rettes før endringen kan publiseres.');
      }
      if (state.busy && !check) return h('p', { className: 'kontroll-info', role: 'status' }, 'Kontrollerer den lagrede filen …');
      if (state.error) return h('p', { className: 'kontroll-feil', role: 'alert' }, 'Kontrollen kunne ikke kjøres: ' + state.error);
      if (!check) return null;
      var parts = [h('p', { key: 'fil', className: 'kontroll-fil' }, 'Fil: ', h('code', null, check.file))];
      if (check.crash) {
        parts.push(h('p', { key: 'krasj', className: 'kontroll-feil', role: 'alert' }, check.crash));
      } else if (check.problems.length === 0) {
        parts.push(
          h(
            'p',
            { key: 'ok', className: 'kontroll-ok', role: 'status' },
            check.ok ? 'Ingen feil. Endringen er klar til å publiseres.' : 'Ingen feil i denne filen.',
          ),
        );
      } else {
        parts.push(
          h(
            'p',
            { key: 'antall', className: 'kontroll-feil', role: 'alert' },
            count(check.problems.length, 'feil', 'feil') +
              ' i denne filen. Rett ' +
              (check.problems.length === 1 ? 'den' : 'dem') +
              ' i skjemaet og lagre igjen. Så lenge innholdet har feil, blir ingen endring publisert.',
          ),
          h(
            'ul',
            { key: 'liste', className: 'kontroll-liste' },
            check.problems.map(function (problem, index) {
              return h('li', { key: index }, problem.text);
            }),
          ),
        );
      }
      if (check.elsewhere && check.elsewhere.length > 0) {
        parts.push(
          h(
            'details',
            { key: 'andre', className: 'kontroll-andre' },
            h('summary', null, count(check.elsewhere.length, 'feil', 'feil') + ' i andre filer stopper også publiseringen'),
            h(
              'ul',
              null,
              check.elsewhere.slice(0, 20).map(function (problem, index) {
                return h('li', { key: index }, problem.text);
              }),
            ),
          ),
        );
      }
      return parts;
    },
    renderPreview: function () {
      var preview = this.state.preview;
      if (!preview || preview.state === 'av') return null;
      var page = this.props.entry && this.state.checkedPath ? pageAddress(this.props, preview.url) : preview.url;
      return h(
        'section',
        { className: 'forhandsvisning', 'aria-labelledby': 'forhandsvisning-tittel' },
        h('h2', { id: 'forhandsvisning-tittel' }, 'Forhåndsvisning av nettstedet'),
        h('p', { role: 'status' }, preview.message),
        preview.state === 'klar' || preview.builtAt
          ? h('p', null, h('a', { href: page, target: '_blank', rel: 'noopener' }, 'Åpne siden i forhåndsvisningen'))
          : null,
      );
    },
    render: function () {
      var entry = this.props.entry;
      var title = entry.getIn(['data', 'tittel']) || entry.getIn(['data', 'navn']) || entry.getIn(['data', 'sporsmal']) || '';
      var body = entry.getIn(['data', 'body']);
      return h(
        'div',
        { className: 'redigering-panel' },
        h(
          'section',
          { className: 'kontroll', 'aria-labelledby': 'kontroll-tittel', 'aria-busy': this.state.busy ? 'true' : 'false' },
          h('h2', { id: 'kontroll-tittel' }, 'Kontroll av den lagrede filen'),
          this.renderCheck(),
          h('p', { className: 'kontroll-merk' }, 'Kontrollen gjelder filen slik den er lagret, ikke endringer du ikke har lagret ennå.'),
        ),
        this.renderPreview(),
        h(
          'section',
          { className: 'utkast', 'aria-labelledby': 'utkast-tittel' },
          h('h2', { id: 'utkast-tittel' }, 'Slik det står i skjemaet nå'),
          title ? h('h3', null, title) : null,
          body !== undefined ? this.props.widgetFor('body') : null,
        ),
      );
    },
  });

  /** The item's page in the preview, from the collection's preview path (generated from the registry). */
  function pageAddress(props, base) {
    var collection = props.collection;
    var previewPath = collection && collection.get('preview_path');
    var slug = props.entry.get('slug');
    if (!previewPath || !slug) return base;
    return new URL(previewPath.replace('{{slug}}', slug), base).href;
  }

  // A hosted editor (editor/server/hosted.ts) reads its configuration from a file and has no local check.
  var hostedSetup = document.querySelector('meta[name="redigering-oppsett"]');
  var hosted = Boolean(hostedSetup);

  fetch(hosted ? hostedSetup.getAttribute('content') : '/api/oppsett')
    .then(function (response) {
      if (!response.ok) throw new Error('Fikk ikke hentet oppsettet (' + response.status + ').');
      return response.json();
    })
    .then(function (setup) {
      CMS.registerLocale('nb_no', setup.locale);
      CMS.registerPreviewStyle('/editor.css');
      setup.config.collections.forEach(function (collection) {
        CMS.registerPreviewTemplate(collection.name, CheckPanel);
      });
      CMS.registerEventListener({
        name: 'postSave',
        handler: function (event) {
          var path = event.entry.get('path');
          listeners.forEach(function (listener) {
            listener(path);
          });
        },
      });
      CMS.init({ config: setup.config });
    })
    .catch(function (error) {
      document.body.textContent = 'Redigeringsverktøyet kunne ikke starte: ' + error.message + ' Kjører «npm run edit» fortsatt?';
    });

})();
