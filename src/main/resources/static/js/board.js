// The display board: the board sent by the server (server-sent events, "board") replaces what is shown; each call not
// announced yet, of the last two minutes by the server's clock, is read out in turn from its WAV file. An older board
// received after a newer one is ignored (its version). The stream reconnects by itself after a network drop and the
// server sends the board at once; if the server refused the stream it is opened again after 5 s; when the screen's own
// network comes back the stream is opened again at once.
(function () {
  "use strict";
  var root = document.querySelector("[data-board]");
  if (!root) {
    return;
  }
  var version = Number(root.dataset.version) || 0;
  var counterWord = root.querySelector("[data-calls]").dataset.counterWord;
  var offline = root.querySelector("[data-offline]");
  var soundOn = root.querySelector("[data-sound-on]");
  var spoken = root.querySelector("[data-spoken]");
  var time = root.querySelector("[data-time]");
  var announced = {};
  Array.prototype.forEach.call(root.querySelectorAll("[data-call]"), function (li) {
    announced[li.dataset.call] = true;
  });
  var waiting = [], playing = false, audio = new Audio();

  function say() {
    if (playing || !waiting.length) {
      return;
    }
    var call = waiting.shift();
    playing = true;
    spoken.textContent = call.words;
    var counter = root.querySelector('[data-counter="' + call.counter + '"]');
    if (counter) {
      counter.classList.add("is-new");
      setTimeout(function () { counter.classList.remove("is-new"); }, 6000);
    }
    var done = function () {
      playing = false;
      setTimeout(say, 400);
    };
    audio.onended = function () {
      root.dataset.lastSpoken = call.ticket + ":" + call.calls;
      done();
    };
    audio.onerror = done;
    audio.src = root.dataset.voice + call.ticket + ".wav";
    var started = audio.play();
    if (started && started.catch) {
      started.catch(function () {
        soundOn.classList.remove("d-none");
        done();
      });
    }
  }

  function show(board) {
    if (board.version < version) {
      return;
    }
    version = board.version;
    if (time && board.shownAt) {
      time.textContent = board.shownAt;
    }
    board.counters.forEach(function (c) {
      var box = root.querySelector('[data-counter="' + c.counter + '"]');
      if (box) {
        box.querySelector("[data-number]").textContent = c.number || "—";
        box.classList.toggle("is-called", !!c.number);
      }
    });
    var list = root.querySelector("[data-calls]");
    list.textContent = "";
    board.calls.forEach(function (c) {
      var li = document.createElement("li"), number = document.createElement("span"), arrow = document.createElement("span"),
          where = document.createElement("span");
      li.dataset.call = c.ticket + ":" + c.calls;
      number.className = "board-call-number";
      number.textContent = c.number;
      arrow.className = "board-call-arrow";
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = " → ";
      where.textContent = counterWord + " " + c.counter;
      li.append(number, arrow, where);
      list.append(li);
    });
    var now = Date.parse(board.at);
    board.calls.slice().reverse().forEach(function (c) {
      var key = c.ticket + ":" + c.calls;
      if (!announced[key]) {
        announced[key] = true;
        if (now - Date.parse(c.at) < 120000) {
          waiting.push(c);
        }
      }
    });
    root.dataset.version = String(version);
    say();
  }

  var events = null;

  function listen() {
    events = new EventSource(root.dataset.events);
    events.addEventListener("board", function (e) {
      offline.classList.add("d-none");
      show(JSON.parse(e.data));
    });
    events.onopen = function () {
      offline.classList.add("d-none");
    };
    events.onerror = function () {
      offline.classList.remove("d-none");
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(listen, 5000);
      }
    };
  }

  // the screen's network went away and came back: a new stream at once, which is sent the board as it is now
  window.addEventListener("offline", function () {
    offline.classList.remove("d-none");
  });
  window.addEventListener("online", function () {
    if (events) {
      events.close();
    }
    listen();
  });

  soundOn.addEventListener("click", function () {
    soundOn.classList.add("d-none");
    audio.play().catch(function () {});
  });
  listen();
})();
