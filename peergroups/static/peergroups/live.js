/*
 * Live updates for threads, group rooms and the personal channel (issue 7).
 *
 * Progressive enhancement: a page opts in with an element carrying
 *   data-live-kind="thread|room|me"  data-live-url="/ws/…/"
 *   data-live-poll-url="…/live/"     data-live-seq="<latest seq at render time>"
 * Without JavaScript (or WebSockets) the page is complete; a reload shows the truth.
 *
 * Transport: one WebSocket per stream, resumed from the last seq seen; reconnects with
 * exponential backoff and full jitter; polls the /live/?after= endpoint while the socket is
 * down. Events are applied strictly in seq order: duplicates are dropped, a gap asks the
 * server to resume (and, failing that, polls) before later events are applied.
 *
 * Every visible string comes from the server's translations: the JSON element
 * #live-strings rendered by the {% live_strings %} template tag. Wire protocol:
 * docs/LIVE_PROTOCOL.md.
 */
(function () {
  "use strict";

  var STRINGS = {};
  var BACKOFF_BASE_MS = 1000;
  var BACKOFF_MAX_MS = 30000;
  var BACKOFF_MIN_MS = 250;
  // A connection counts as healthy (the back-off starts again from the base) only after it has
  // stayed open this long: while Redis is down the server accepts and closes at once (4503), and
  // resetting on every open made each tab reconnect about once a second (issue 15).
  var HEALTHY_MS = 10000;
  var POLL_MS = 10000;
  var HEARTBEAT_MS = 25000;
  var TYPING_THROTTLE_MS = 3000;
  var TYPING_SHOWN_MS = 5000; // the server sends no frame when typing times out (presence.TYPING_TTL)
  var GAP_WAIT_MS = 3000;
  var CLOSE_FINAL = { 4401: true, 4403: true, 4404: true };

  // --- small helpers ----------------------------------------------------------------

  function t(key, values) {
    var text = STRINGS[key] || "";
    if (values) {
      Object.keys(values).forEach(function (name) {
        text = text.split("%(" + name + ")s").join(String(values[name]));
      });
    }
    return text;
  }

  function plural(base, n) {
    return t(n === 1 ? base + "_one" : base + "_other", { n: n });
  }

  function listOf(names) {
    var lang = document.documentElement.lang || "nl";
    try {
      return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(names);
    } catch (e) {
      return names.join(", ");
    }
  }

  /** Exponential back-off with full jitter: anywhere up to the ceiling, so tabs spread out. */
  function jittered(attempt) {
    var ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * Math.pow(2, attempt));
    return BACKOFF_MIN_MS + Math.random() * (ceiling - BACKOFF_MIN_MS);
  }

  function wsUrl(path, after) {
    var url = new URL(path, window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    if (after !== null && after !== undefined) url.searchParams.set("after", String(after));
    return url.toString();
  }

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = (html || "").trim();
    return template.content.firstElementChild;
  }

  /**
   * An event too large for a frame comes as a "reload this item" marker (``reload: true``, no
   * html): fetch the page that shows the item (as this member sees it) and take the element with
   * this id from it. Resolves to the element, or null when the page does not show it.
   */
  function fetchItem(url, id) {
    if (!window.fetch || !window.DOMParser) return Promise.resolve(null);
    return window
      .fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : "";
      })
      .then(function (text) {
        if (!text) return null;
        return new window.DOMParser().parseFromString(text, "text/html").getElementById(id);
      })
      .catch(function () {
        return null;
      });
  }

  /** Forms in server fragments are rendered for nobody in particular: give them this page's CSRF token. */
  function adoptCsrf(root) {
    var source = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (!source || !root) return;
    root.querySelectorAll("form[method=post], form[method=POST]").forEach(function (form) {
      var input = form.querySelector("input[name=csrfmiddlewaretoken]");
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = "csrfmiddlewaretoken";
        form.insertBefore(input, form.firstChild);
      }
      if (!input.value) input.value = source.value;
    });
  }

  // --- the polite announcer -------------------------------------------------------------

  var announcer = null;
  var queued = [];
  var announceTimer = null;
  /** Say ``text`` politely; sentences that come within a moment of each other are read together. */
  function announce(text) {
    if (!text) return;
    announcer = announcer || document.getElementById("live-announcer");
    if (!announcer) return;
    if (queued.indexOf(text) === -1) queued.push(text);
    if (announceTimer) return;
    announceTimer = window.setTimeout(function () {
      // Clear first so the same sentence twice is read twice.
      announcer.textContent = "";
      var sentence = queued.join(" ");
      queued = [];
      announceTimer = null;
      window.setTimeout(function () {
        announcer.textContent = sentence;
      }, 50);
    }, 150);
  }

  // --- one stream: socket, backoff, polling, ordering -----------------------------------

  function Stream(options) {
    this.url = options.url;
    this.pollUrl = options.pollUrl || null;
    this.seq = options.seq;
    this.handler = options.handler;
    this.ws = null;
    this.attempt = 0;
    this.stopped = false;
    this.pending = {}; // seq -> event, waiting for a gap to be filled
    this.gapTimer = null;
    this.pollTimer = null;
    this.heartbeatTimer = null;
    this.reconnectTimer = null;
    this.healthyTimer = null;
    this.polling = false;
  }

  Stream.prototype.start = function () {
    var self = this;
    window.addEventListener("pagehide", function () {
      self.stop();
    });
    window.addEventListener("pageshow", function (event) {
      // Back from the back/forward cache: pick up where the page left off.
      if (event.persisted && self.stopped) {
        self.stopped = false;
        self.attempt = 0;
        self.connect();
      }
    });
    this.connect();
  };

  Stream.prototype.stop = function () {
    this.stopped = true;
    this.stopPolling();
    window.clearTimeout(this.reconnectTimer);
    window.clearTimeout(this.healthyTimer);
    window.clearInterval(this.heartbeatTimer);
    if (this.ws) this.ws.close(1000);
  };

  Stream.prototype.connect = function () {
    var self = this;
    if (this.stopped) return;
    if (!("WebSocket" in window)) {
      this.startPolling();
      return;
    }
    var ws;
    try {
      ws = new WebSocket(wsUrl(this.url, this.seq));
    } catch (e) {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = function () {
      // Open is not yet live: the status line and polling change on the server's hello (sent only
      // once the socket has joined its stream), the back-off only after HEALTHY_MS.
      window.clearTimeout(self.healthyTimer);
      self.healthyTimer = window.setTimeout(function () {
        self.attempt = 0;
      }, HEALTHY_MS);
      window.clearInterval(self.heartbeatTimer);
      self.heartbeatTimer = window.setInterval(function () {
        self.send({ type: "heartbeat" });
      }, HEARTBEAT_MS);
    };
    ws.onmessage = function (message) {
      var frame;
      try {
        frame = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      self.frame(frame);
    };
    ws.onclose = function (closed) {
      window.clearInterval(self.heartbeatTimer);
      window.clearTimeout(self.healthyTimer);
      if (self.ws === ws) self.ws = null;
      if (self.stopped) return;
      if (CLOSE_FINAL[closed.code]) {
        // Not allowed (any more) or gone: neither the socket nor polling will help.
        self.stopped = true;
        self.handler.status("refused", closed.code);
        return;
      }
      self.handler.status("down");
      self.startPolling();
      self.scheduleReconnect();
    };
  };

  Stream.prototype.scheduleReconnect = function () {
    var self = this;
    window.clearTimeout(this.reconnectTimer);
    var delay = jittered(this.attempt);
    this.attempt = Math.min(this.attempt + 1, 10);
    this.reconnectTimer = window.setTimeout(function () {
      self.connect();
    }, delay);
  };

  Stream.prototype.send = function (frame) {
    if (this.ws && this.ws.readyState === 1) {
      this.ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  };

  Stream.prototype.frame = function (frame) {
    switch (frame.type) {
      case "hello":
        if (this.seq === null || this.seq === undefined) this.seq = frame.seq;
        this.stopPolling();
        this.handler.status("open");
        this.handler.hello(frame);
        break;
      case "event":
        this.receive(frame);
        break;
      case "presence":
        this.handler.presence(frame);
        break;
      case "ack":
        if (this.handler.ack) this.handler.ack(frame);
        break;
      case "heartbeat":
        // When the answer carries the stream's latest seq, a lost tail (a publish that never came,
        // with nothing after it to reveal the gap) is noticed here and asked for again.
        if (frame.seq !== undefined && this.seq !== null && this.seq !== undefined && Number(frame.seq) > this.seq) {
          this.send({ type: "resume", after: this.seq });
        }
        break;
      case "resync":
        // More was missed than a catch-up carries: the page itself is the truth.
        this.handler.resync();
        break;
      case "error":
        this.handler.error && this.handler.error(frame);
        break;
      default:
        break;
    }
  };

  /** Apply events in seq order; drop duplicates; on a gap ask for the missing ones. */
  Stream.prototype.receive = function (event) {
    var seq = Number(event.seq);
    if (!isFinite(seq)) return;
    if (this.seq === null || this.seq === undefined) this.seq = seq - 1;
    if (seq <= this.seq || this.pending[seq]) return; // duplicate
    this.pending[seq] = event;
    this.drain();
    if (Object.keys(this.pending).length && !this.gapTimer) this.fillGap();
  };

  Stream.prototype.drain = function () {
    while (this.pending[this.seq + 1]) {
      var next = this.pending[this.seq + 1];
      delete this.pending[this.seq + 1];
      this.seq += 1;
      try {
        this.handler.event(next);
      } catch (e) {
        if (window.console) window.console.error(e);
      }
    }
    if (!Object.keys(this.pending).length) {
      window.clearTimeout(this.gapTimer);
      this.gapTimer = null;
    }
  };

  Stream.prototype.fillGap = function () {
    var self = this;
    this.send({ type: "resume", after: this.seq });
    this.gapTimer = window.setTimeout(function () {
      self.gapTimer = null;
      if (Object.keys(self.pending).length) {
        // The socket did not fill it: fetch from the database, then go on in order.
        self.poll().then(function () {
          if (Object.keys(self.pending).length && !self.gapTimer) self.fillGap();
        });
      }
    }, GAP_WAIT_MS);
  };

  Stream.prototype.poll = function () {
    var self = this;
    if (!this.pollUrl) return Promise.resolve();
    var url = new URL(this.pollUrl, window.location.href);
    url.searchParams.set("after", String(this.seq === null || this.seq === undefined ? 0 : this.seq));
    return window
      .fetch(url.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          self.stop();
          self.handler.status("refused", response.status);
          return null;
        }
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data) return;
        if (self.seq === null || self.seq === undefined) {
          // Never connected: the poll only tells where the stream is now.
          self.seq = Number(data.seq) || 0;
          return;
        }
        (data.events || []).forEach(function (event) {
          self.receive(event);
        });
        if (data.more) return self.poll();
      })
      .catch(function () {
        /* offline: the next poll or the socket will catch up */
      });
  };

  Stream.prototype.startPolling = function () {
    var self = this;
    if (this.polling || !this.pollUrl || this.stopped) return;
    this.polling = true;
    var tick = function () {
      if (!self.polling) return;
      self.poll().then(function () {
        if (self.polling) self.pollTimer = window.setTimeout(tick, POLL_MS * (0.75 + Math.random() / 2));
      });
    };
    this.pollTimer = window.setTimeout(tick, 200);
  };

  Stream.prototype.stopPolling = function () {
    this.polling = false;
    window.clearTimeout(this.pollTimer);
  };

  // --- presence and typing ----------------------------------------------------------------

  function PresenceView(root) {
    this.viewers = root.querySelector("[data-live-viewers]");
    this.typing = root.querySelector("[data-live-typing]");
    this.typingTimer = null;
    this.me = null; // the member's own id (from hello): not listed to themself
  }

  PresenceView.prototype.names = function (list) {
    var me = this.me;
    return (list || [])
      .filter(function (person) {
        return !(person && me !== null && person.id === me);
      })
      .map(function (person) {
        return typeof person === "string" ? person : person && person.name;
      })
      .filter(Boolean);
  };

  PresenceView.prototype.render = function (frame) {
    if (this.viewers && frame.viewers) {
      var list = this.viewers.querySelector("ul");
      var people = this.names(frame.viewers);
      list.textContent = "";
      people.forEach(function (name) {
        var item = document.createElement("li");
        item.textContent = name;
        list.appendChild(item);
      });
      this.viewers.hidden = people.length === 0;
    }
    if (this.typing && frame.typing) this.showTyping(this.names(frame.typing));
  };

  PresenceView.prototype.showTyping = function (people) {
    var self = this;
    window.clearTimeout(this.typingTimer);
    if (!people.length) {
      this.typing.textContent = "";
      this.typing.hidden = true;
      return;
    }
    this.typing.textContent = t(people.length === 1 ? "typing_one" : "typing_other", { names: listOf(people) });
    this.typing.hidden = false;
    // Typing expires on the server without a frame: hide it 5 s after the last frame naming someone.
    this.typingTimer = window.setTimeout(function () {
      self.showTyping([]);
    }, TYPING_SHOWN_MS);
  };

  function watchTyping(form, stream) {
    if (!form) return;
    var last = 0;
    form.addEventListener("input", function (event) {
      if (!event.target || event.target.tagName !== "TEXTAREA") return;
      var now = Date.now();
      if (now - last < TYPING_THROTTLE_MS) return;
      last = now;
      stream.send({ type: "typing" });
    });
  }

  // --- the connection status line -----------------------------------------------------------

  function statusView(root) {
    var line = root.querySelector("[data-live-status]");
    var wasDown = false;
    return function (state) {
      if (!line) return;
      if (state === "down") {
        line.textContent = t("connection_lost");
        line.hidden = false;
        wasDown = true;
      } else if (state === "open") {
        line.textContent = "";
        line.hidden = true;
        if (wasDown) announce(t("connection_back"));
        wasDown = false;
      } else if (state === "refused" || state === "resync") {
        line.textContent = t(state === "resync" ? "resync" : "connection_refused");
        line.hidden = false;
      }
    };
  }

  // --- a thread: replies in the tree --------------------------------------------------------

  function ThreadView(root) {
    this.root = root;
    this.list = root.querySelector("[data-live-replies]") || root;
    this.notice = root.querySelector("[data-live-notice]");
    this.count = root.querySelector("[data-live-reply-count]");
    this.lastPage = root.getAttribute("data-live-last-page") !== "false";
    this.held = []; // ids of new replies held back (hidden) until the member asks for them
    this.offPage = []; // new replies that belong on another page of the thread
    this.presence = new PresenceView(root);
    var self = this;
    if (this.notice) {
      this.notice.addEventListener("click", function () {
        self.reveal();
      });
    }
  }

  ThreadView.prototype.reply = function (id) {
    return id === null || id === undefined ? null : document.getElementById("reactie-" + id);
  };

  ThreadView.prototype.replies = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll("[data-reply-id]"));
  };

  /** The replies shown below ``element`` that belong to its subtree (the page is depth first). */
  ThreadView.prototype.descendants = function (element) {
    var all = this.replies();
    var index = all.indexOf(element);
    var depth = Number(element.getAttribute("data-depth") || 0);
    var ids = {};
    ids[element.getAttribute("data-reply-id")] = true;
    var found = [];
    for (var i = index + 1; i < all.length; i++) {
      var d = Number(all[i].getAttribute("data-depth") || 0);
      // Beyond the deepest shown level replies are flattened: follow their parent ids.
      if (d <= depth && !ids[all[i].getAttribute("data-parent-id")]) break;
      ids[all[i].getAttribute("data-reply-id")] = true;
      found.push(all[i]);
    }
    return found;
  };

  /** The element after which a new reply with this parent goes; "empty"; or null when not on this page. */
  ThreadView.prototype.insertionPoint = function (parentId) {
    var all = this.replies();
    if (!parentId) {
      if (!this.lastPage) return null;
      return all.length ? all[all.length - 1] : "empty";
    }
    var parent = this.reply(parentId);
    if (!parent) return null;
    var below = this.descendants(parent);
    return below.length ? below[below.length - 1] : parent;
  };

  ThreadView.prototype.onScreen = function (point) {
    var rect = (point === "empty" ? this.list : point).getBoundingClientRect();
    // The new reply lands just below this element: visible when that edge is in view.
    return rect.bottom >= 0 && rect.bottom <= window.innerHeight;
  };

  /** A marker for a reply or the thread too large to send: fetch it as the page shows it. */
  ThreadView.prototype.reload = function (event) {
    var self = this;
    var isReply = event.kind.indexOf("reply.") === 0;
    var template = this.root.getAttribute("data-live-permalink") || "";
    var url = isReply && template ? template.replace(/\/0\/$/, "/" + event.object_id + "/") : window.location.href;
    var id = isReply ? "reactie-" + event.object_id : null;
    if (!isReply) {
      // The thread itself (an edit): its body and title from a fresh copy of this page.
      this.setCount(event.reply_count);
      return window
        .fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          return response.ok ? response.text() : "";
        })
        .then(function (text) {
          var doc = new window.DOMParser().parseFromString(text || "", "text/html");
          var body = doc.querySelector("[data-live-thread-body]");
          var title = doc.querySelector("[data-live-thread-title]");
          if (body) self.threadEdited({ html: body.innerHTML, title: title ? title.textContent : "" });
        })
        .catch(function () {});
    }
    if (event.kind === "reply.created" || event.kind === "reply.unhidden") this.setCount(event.reply_count);
    return fetchItem(url, id).then(function (element) {
      if (!element) return;
      var html = element.outerHTML;
      var current = self.reply(event.object_id);
      if (current) {
        if (!self.fresh(current, event)) return;
        element.setAttribute("data-version", String(event.version || event.seq || 0));
        element.hidden = current.hidden;
        current.replaceWith(element);
      } else if (event.kind === "reply.created" || event.kind === "reply.unhidden") {
        self.created({ kind: event.kind, object_id: event.object_id, parent_id: event.parent_id,
          root_id: event.root_id, version: event.version, seq: event.seq, html: html });
      }
    });
  };

  ThreadView.prototype.event = function (event) {
    if (event.reload) return this.reload(event);
    switch (event.kind) {
      case "reply.created":
      case "reply.unhidden":
        return this.created(event);
      case "reply.edited":
        return this.edited(event);
      case "reply.voted":
        return this.voted(event);
      case "reply.hidden":
        return this.removed(event);
      case "reply.accepted":
        return this.accepted(event);
      case "thread.edited":
        return this.threadEdited(event);
      case "thread.updated":
        return this.threadUpdated(event);
      case "poll.updated":
        return this.poll(event);
      default:
        return undefined;
    }
  };

  ThreadView.prototype.prepare = function (event) {
    var element = fragment(event.html);
    if (!element) return null;
    element.setAttribute("data-version", String(event.version || event.seq || 0));
    // The server rendered this reader's buttons (as on a reload); its forms get this page's token.
    adoptCsrf(element);
    return element;
  };

  ThreadView.prototype.created = function (event) {
    var existing = this.reply(event.object_id);
    if (existing) {
      // Already on the page (rendered after the event, or a duplicate): bring it up to date.
      if (event.html && this.fresh(existing, event)) {
        var updated = this.prepare(event);
        if (updated) {
          updated.hidden = existing.hidden;
          existing.replaceWith(updated);
        }
      }
      return;
    }
    this.setCount(event.reply_count);
    var element = this.prepare(event);
    if (!element) return;
    var point = this.insertionPoint(event.parent_id);
    if (point === null) {
      this.offPage.push(event.object_id);
      this.updateNotice();
      announce(plural("new_replies", this.held.length + this.offPage.length));
      return;
    }
    element.setAttribute("data-live-inserted", "");
    var visible = this.onScreen(point) && !this.held.length;
    if (!visible) element.hidden = true; // reading elsewhere: keep the page still, offer them instead
    if (point === "empty") {
      var empty = this.list.querySelector("[data-live-empty]");
      if (empty) empty.remove();
      this.list.appendChild(element);
    } else {
      point.after(element);
    }
    if (visible) {
      element.classList.add("pg-reply--new");
      announce(t("reply_created"));
    } else {
      this.held.push(event.object_id);
      this.updateNotice();
      announce(plural("new_replies", this.held.length + this.offPage.length));
    }
  };

  /** True (and remembered) when ``event`` is newer than what ``element`` shows. */
  ThreadView.prototype.fresh = function (element, event) {
    var version = Number(element.getAttribute("data-version") || 0);
    var incoming = Number(event.version || event.seq || 0);
    if (incoming && incoming <= version) return false;
    element.setAttribute("data-version", String(incoming));
    return true;
  };

  ThreadView.prototype.edited = function (event) {
    var current = this.reply(event.object_id);
    if (!current || !this.fresh(current, event) || !event.html) return;
    var body = current.querySelector("[data-live-body]");
    if (!body) return;
    var incoming = fragment(event.html);
    if (incoming && incoming.classList.contains("pg-post-body")) {
      incoming.setAttribute("data-live-body", "");
      body.replaceWith(incoming);
    } else {
      body.innerHTML = event.html;
    }
    if (!current.hidden) announce(t("reply_edited"));
  };

  ThreadView.prototype.voted = function (event) {
    var current = this.reply(event.object_id);
    if (!current || event.votes === undefined || !this.fresh(current, event)) return;
    var votes = current.querySelector("[data-live-votes]");
    if (votes) votes.textContent = plural("votes", Number(event.votes));
  };

  ThreadView.prototype.removed = function (event) {
    this.setCount(event.reply_count);
    var id = String(event.object_id);
    this.offPage = this.offPage.filter(function (other) {
      return String(other) !== id;
    });
    var current = this.reply(event.object_id);
    if (!current) {
      this.updateNotice();
      return;
    }
    var wasShown = !current.hidden;
    if (this.descendants(current).length) {
      // Its answers stay, as on the page: keep a placeholder so they keep their context.
      var placeholder = document.createElement("p");
      placeholder.className = "utrecht-paragraph platform-meta";
      placeholder.textContent = t("reply_hidden_placeholder");
      current.textContent = "";
      current.appendChild(placeholder);
      current.classList.remove("pg-reply--accepted");
    } else {
      if (current.contains(document.activeElement)) this.list.focus();
      current.remove();
      this.held = this.held.filter(function (other) {
        return String(other) !== id;
      });
    }
    this.updateNotice();
    if (this.replies().length === 0 && this.count) this.setCount(0);
    if (wasShown) announce(t("reply_hidden"));
  };

  ThreadView.prototype.accepted = function (event) {
    var accepted = event.object_id === null || event.object_id === undefined ? "" : String(event.object_id);
    this.replies().forEach(function (element) {
      var on = element.getAttribute("data-reply-id") === accepted;
      element.classList.toggle("pg-reply--accepted", on);
      var badge = element.querySelector("[data-live-accepted]");
      if (on && !badge) {
        var meta = element.querySelector(".platform-meta");
        if (meta) {
          badge = document.createElement("strong");
          badge.className = "pg-badge pg-badge--role";
          badge.setAttribute("data-live-accepted", "");
          badge.textContent = t("accepted_badge");
          meta.appendChild(document.createTextNode(" · "));
          meta.appendChild(badge);
        }
      } else if (!on && badge) {
        var dot = badge.previousSibling;
        if (dot && dot.nodeType === 3 && /·\s*$/.test(dot.textContent)) dot.textContent = dot.textContent.replace(/\s*·\s*$/, " ");
        badge.remove();
      }
    });
    this.threadUpdated({ status: event.status });
    announce(t(accepted ? "reply_accepted" : "reply_unaccepted"));
  };

  ThreadView.prototype.threadEdited = function (event) {
    var title = document.querySelector("[data-live-thread-title]");
    if (title && event.title) title.textContent = event.title;
    var body = document.querySelector("[data-live-thread-body]");
    if (body && event.html) body.innerHTML = event.html;
    announce(t("thread_edited"));
  };

  ThreadView.prototype.threadUpdated = function (event) {
    var status = document.querySelector("[data-live-thread-status]");
    var labels = STRINGS.status || {};
    if (status && event.status && labels[event.status]) {
      status.textContent = labels[event.status];
      status.classList.toggle("pg-badge--role", event.status === "answered");
    }
    if (event.locked) {
      var form = document.querySelector("[data-live-typing-form]");
      var line = this.root.querySelector("[data-live-status]");
      if (form) form.querySelectorAll("textarea, button").forEach(function (el) { el.disabled = true; });
      if (line) {
        line.textContent = t("thread_locked");
        line.hidden = false;
      }
    }
  };

  ThreadView.prototype.poll = function (event) {
    var results = document.querySelector("[data-live-poll] .pg-poll__results");
    if (!results || !event.votes) return; // results are only updated where the page shows them
    var total = Number(event.total) || 0;
    Object.keys(event.votes).forEach(function (optionId) {
      var row = results.querySelector('[data-option-id="' + optionId + '"]');
      if (!row) return;
      var count = Number(event.votes[optionId]) || 0;
      var percent = row.querySelector("[data-live-percent]");
      var counted = row.querySelector("[data-live-count]");
      if (percent) percent.textContent = (total ? Math.round((100 * count) / total) : 0) + "%";
      if (counted) counted.textContent = plural("votes", count);
    });
    announce(t("poll_updated"));
  };

  ThreadView.prototype.setCount = function (n) {
    if (!this.count || n === undefined || n === null) return;
    this.count.setAttribute("data-live-reply-count", String(n));
    this.count.textContent = plural("replies", Number(n));
  };

  ThreadView.prototype.updateNotice = function () {
    if (!this.notice) return;
    var n = this.held.length + this.offPage.length;
    this.notice.hidden = n === 0;
    this.notice.textContent = n ? plural("new_replies", n) : "";
  };

  ThreadView.prototype.reveal = function () {
    var first = null;
    var self = this;
    this.held.forEach(function (id) {
      var element = self.reply(id);
      if (!element) return;
      element.hidden = false;
      element.classList.add("pg-reply--new");
      if (!first) first = element;
    });
    this.held = [];
    if (!first && this.offPage.length) {
      // They are on another page of the thread: the permalink finds it.
      var template = this.root.getAttribute("data-live-permalink") || "";
      window.location.href = template.replace(/\/0\/$/, "/" + this.offPage[0] + "/");
      return;
    }
    this.updateNotice();
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "start" });
      first.focus({ preventScroll: true });
    }
  };

  // --- a group room: messages in order -------------------------------------------------------

  function RoomView(root) {
    this.root = root;
    this.list = root.querySelector("[data-live-messages]");
    this.form = root.querySelector("[data-live-room-form]");
    this.presence = new PresenceView(root);
    this.sent = {}; // client_id -> body, for messages posted over the socket from this page
  }

  RoomView.prototype.message = function (id) {
    return document.getElementById("bericht-" + id);
  };

  RoomView.prototype.atBottom = function () {
    var last = this.list && this.list.lastElementChild;
    if (!last) return true;
    return last.getBoundingClientRect().top <= window.innerHeight;
  };

  RoomView.prototype.event = function (event) {
    if (!this.list) return;
    if (event.reload && event.kind === "room.message") {
      // Too large for a frame: take the message from a fresh copy of this page.
      var self = this;
      fetchItem(window.location.href, "bericht-" + event.object_id).then(function (element) {
        if (element && !self.message(event.object_id)) {
          self.event({ kind: "room.message", object_id: event.object_id, html: element.outerHTML });
        }
      });
      return;
    }
    if (event.kind === "room.message") {
      if (this.message(event.object_id)) return;
      var element = fragment(event.html);
      if (!element) return;
      var empty = this.root.querySelector("[data-live-empty]");
      if (empty) empty.remove();
      var follow = this.atBottom();
      var own = event.client_id && this.sent[event.client_id] !== undefined;
      if (own) delete this.sent[event.client_id];
      this.list.appendChild(element);
      if (follow) element.scrollIntoView({ block: "nearest" });
      if (!own) announce(event.author_name ? t("room_message_from", { name: event.author_name }) : t("room_message"));
    } else if (event.kind === "room.message.hidden") {
      var current = this.message(event.object_id);
      if (current) current.remove();
    } else if (event.kind === "room.converted" && event.thread_url) {
      var ids = event.message_ids || [];
      var last = null;
      for (var i = ids.length - 1; i >= 0 && !last; i--) last = this.message(ids[i]);
      var note = document.createElement("li");
      note.className = "pg-room-converted";
      var link = document.createElement("a");
      link.className = "utrecht-link";
      link.href = event.thread_url;
      link.textContent = t("room_converted");
      note.appendChild(link);
      if (last) last.after(note);
      else this.list.appendChild(note);
      announce(t("room_converted"));
    }
  };

  /** Post over the socket when it is open; otherwise the form posts over HTTP as without JS. */
  RoomView.prototype.bind = function (stream) {
    var self = this;
    if (!this.form) return;
    var textarea = this.form.querySelector("textarea");
    watchTyping(this.form, stream);
    if (textarea) {
      // Enter sends, Shift+Enter (or an input method composing a word) makes a new line.
      var hint = this.form.querySelector("[data-live-enter-hint]");
      if (hint) {
        hint.hidden = false;
        var described = textarea.getAttribute("aria-describedby");
        textarea.setAttribute("aria-describedby", (described ? described + " " : "") + hint.id);
      }
      textarea.addEventListener("keydown", function (key) {
        if (key.key !== "Enter" || key.shiftKey || key.isComposing || key.ctrlKey || key.altKey || key.metaKey) return;
        key.preventDefault();
        if (!textarea.value.trim()) return;
        if (self.form.requestSubmit) self.form.requestSubmit();
        else self.form.submit();
      });
    }
    this.form.addEventListener("submit", function (submit) {
      var body = textarea ? textarea.value.trim() : "";
      if (!body || !window.crypto || !window.crypto.randomUUID) return;
      var clientId = window.crypto.randomUUID();
      if (!stream.send({ type: "room.post", body: body, client_id: clientId })) return;
      submit.preventDefault();
      self.sent[clientId] = body;
      var idField = self.form.querySelector("input[name=client_id]");
      if (idField) idField.value = "";
      textarea.value = "";
      textarea.focus();
    });
  };

  RoomView.prototype.ack = function () {
    var line = this.root.querySelector("[data-live-error]");
    if (line) line.hidden = true;
  };

  RoomView.prototype.error = function (frame) {
    var line = this.root.querySelector("[data-live-error]");
    if (line && frame.message) {
      line.textContent = frame.message;
      line.hidden = false;
    }
  };

  // --- the personal channel: the unread counter and new notifications -------------------------

  function MeView(root) {
    this.root = root;
    this.count = root.querySelector("[data-live-unread]");
    this.list = document.querySelector("[data-live-notifications]");
  }

  MeView.prototype.setUnread = function (n) {
    if (this.count && n !== undefined && n !== null) this.count.textContent = String(n);
  };

  MeView.prototype.event = function (event) {
    this.setUnread(event.unread);
    if (event.kind === "notification.created") {
      if (this.list && event.html && !document.getElementById("melding-" + event.object_id)) {
        var item = fragment(event.html);
        if (item) this.list.insertBefore(item, this.list.firstChild);
      }
      announce(t("notification_created"));
    }
  };

  MeView.prototype.hello = function (frame) {
    this.setUnread(frame.unread);
  };

  // --- wiring -----------------------------------------------------------------------------------

  function seqOf(root) {
    var raw = root.getAttribute("data-live-seq");
    return raw === null || raw === "" ? null : Number(raw);
  }

  function start(root) {
    var kind = root.getAttribute("data-live-kind");
    var view;
    if (kind === "thread") view = new ThreadView(root);
    else if (kind === "room") view = new RoomView(root);
    else if (kind === "me") view = new MeView(root);
    else return;
    var status = statusView(root);
    var stream = new Stream({
      url: root.getAttribute("data-live-url"),
      pollUrl: root.getAttribute("data-live-poll-url"),
      seq: seqOf(root),
      handler: {
        hello: function (frame) {
          if (view.hello) view.hello(frame);
          if (view.presence) {
            if (frame.me !== undefined) view.presence.me = frame.me;
            if (frame.presence) view.presence.render(frame.presence);
          }
        },
        event: function (event) {
          view.event(event);
        },
        presence: function (frame) {
          if (view.presence) view.presence.render(frame);
        },
        status: status,
        error: function (frame) {
          if (view.error) view.error(frame);
        },
        ack: function (frame) {
          if (view.ack) view.ack(frame);
        },
        resync: function () {
          var busy = Array.prototype.some.call(document.querySelectorAll("textarea"), function (area) {
            return area.value.trim() !== "";
          });
          if (!busy) window.location.reload();
          else status("resync");
        },
      },
    });
    if (kind === "thread") watchTyping(root.ownerDocument.querySelector("[data-live-typing-form]"), stream);
    if (kind === "room") view.bind(stream);
    root.liveStream = stream; // for tests and debugging
    stream.start();
  }

  function init() {
    var source = document.getElementById("live-strings");
    if (source) {
      try {
        STRINGS = JSON.parse(source.textContent);
      } catch (e) {
        STRINGS = {};
      }
    }
    document.querySelectorAll("[data-live-kind]").forEach(start);
    // htmx "show more" brings folded replies in as the server renders them: a reply this script already
    // placed live may come along; keep the server's copy.
    document.addEventListener("htmx:afterSettle", function () {
      document.querySelectorAll("[data-live-inserted]").forEach(function (element) {
        var id = element.getAttribute("data-reply-id");
        if (document.querySelectorAll('[data-reply-id="' + id + '"]').length > 1) element.remove();
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
