/* The listing form on a weak connection (loaded on the sell form and its thank-you page only).
   - Photos: each chosen photo is made lighter here (long side at most 2000 px, JPEG at 80%, turned the way
     the camera held it; decoded with createImageBitmap, so the CSP needs no blob: images) and sent on its
     own with a progress bar and "Try again"; the form then sends only the signed references the server
     gave back (the server's own "kept photos").
   - Draft: what is typed is kept in localStorage and put back after a reload, a closed tab or a dropped
     connection, with the form's submission key (so sending it again makes no second listing); it is
     cleared on the thank-you page. Photos not sent yet cannot be kept: the farmer is told so.
   - Offline: sending waits for the connection, and the farmer taps once more when it is back.
   Without this file (or without canvas, XHR or localStorage) the form works as before. */
(function () {
  "use strict";
  var LONG_SIDE = 2000, QUALITY = 0.8, SMALL_ENOUGH = 1000000;
  var SKIP = { csrfmiddlewaretoken: 1, website: 1, started: 1, kept_photos: 1, photos: 1 };
  var texts = (document.getElementById("listing-form-texts") || { dataset: {} }).dataset;
  var store;
  try { store = window.localStorage; store.getItem("x"); } catch (error) { store = null; }

  var sent = document.querySelector("[data-listing-sent]");
  if (sent) { // the thank-you page: the listing arrived, its draft is no longer needed
    if (store) store.removeItem("listing-draft:" + sent.getAttribute("data-listing-sent"));
    return;
  }
  var form = document.querySelector("form[data-listing-draft]");
  if (!form || !store || !window.FormData || !window.JSON) return;
  var draftName = "listing-draft:" + form.getAttribute("data-listing-draft");
  var keyInput = form.querySelector("[data-submission-key]");
  var message = form.querySelector("[data-draft-message]");
  var photoInput = form.querySelector("input[type=file][name=photos]");
  var list = form.querySelector("[data-photo-list]");
  var uploads = [];
  var canUpload = !!(photoInput && list && window.XMLHttpRequest && window.Promise &&
    document.createElement("canvas").toBlob);

  function say(text) {
    if (!message) return;
    message.textContent = text || "";
    message.hidden = !text;
  }

  function newKey() {
    var bytes = new Uint8Array(18), out = "";
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    for (var i = 0; i < bytes.length; i++) out += ("0" + bytes[i].toString(16)).slice(-2);
    return out;
  }

  // Draft -------------------------------------------------------------------------------------------------
  var dirty = false;
  function save() {
    if (!dirty) return; // an untouched form leaves no draft behind
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      if (!name || SKIP[name] || element.type === "file" || element.type === "submit" || element.type === "button") return;
      if (element.type === "checkbox" || element.type === "radio") {
        fields[name] = fields[name] || [];
        if (element.checked) fields[name].push(element.value);
      } else {
        fields[name] = element.value;
      }
    });
    var photos = [], unsent = 0;
    uploads.forEach(function (upload) {
      if (upload.reference) photos.push({ reference: upload.reference, name: upload.name });
      else if (!upload.removed) unsent += 1;
    });
    try {
      store.setItem(draftName, JSON.stringify({ fields: fields, photos: photos, unsent: unsent, saved: Date.now() }));
    } catch (error) { /* storage full: the form still works */ }
  }

  function restore() {
    var draft;
    try { draft = JSON.parse(store.getItem(draftName) || "null"); } catch (error) { draft = null; }
    if (!draft || !draft.fields) return false;
    Array.prototype.forEach.call(form.elements, function (element) {
      var value = draft.fields[element.name];
      if (value === undefined || SKIP[element.name] || element.type === "file") return;
      if (element.type === "checkbox" || element.type === "radio") element.checked = value.indexOf(element.value) >= 0;
      else element.value = value;
    });
    (draft.photos || []).forEach(function (photo) {
      var upload = addUpload(photo.name);
      finish(upload, photo.reference);
    });
    say(texts.restored + (draft.unsent ? " " + texts.photosLost : ""));
    dirty = true;
    return true;
  }

  // Photos ------------------------------------------------------------------------------------------------
  function addUpload(name) {
    var item = document.createElement("li");
    var label = document.createElement("span");
    var bar = document.createElement("progress");
    var status = document.createElement("span");
    var retry = document.createElement("button");
    var remove = document.createElement("button");
    item.className = "photo-upload";
    label.className = "photo-upload__name";
    label.textContent = name;
    bar.max = 100;
    bar.setAttribute("aria-label", texts.progressLabel + ": " + name);
    status.className = "photo-upload__status";
    [retry, remove].forEach(function (button) { button.type = "button"; button.className = "button button--small"; });
    retry.textContent = texts.retry;
    retry.hidden = true;
    remove.textContent = texts.remove;
    item.appendChild(label);
    item.appendChild(bar);
    item.appendChild(status);
    item.appendChild(retry);
    item.appendChild(remove);
    list.appendChild(item);
    var upload = { name: name, item: item, bar: bar, status: status, retry: retry, blob: null, reference: "" };
    retry.addEventListener("click", function () { send(upload); });
    remove.addEventListener("click", function () {
      upload.removed = true;
      if (upload.request) upload.request.abort();
      if (upload.input) upload.input.parentNode.removeChild(upload.input);
      item.parentNode.removeChild(item);
      uploads.splice(uploads.indexOf(upload), 1);
      save();
    });
    uploads.push(upload);
    return upload;
  }

  function finish(upload, reference) {
    upload.reference = reference;
    upload.blob = null;
    upload.bar.value = 100;
    upload.status.textContent = texts.sent;
    upload.retry.hidden = true;
    upload.input = document.createElement("input");
    upload.input.type = "hidden";
    upload.input.name = "kept_photos";
    upload.input.value = reference;
    form.appendChild(upload.input);
  }

  var sendWhenReady = false; // the farmer tapped "Send" while photos were still on their way
  function inProgress() {
    return uploads.some(function (upload) { return !upload.reference && !upload.removed && upload.retry.hidden; });
  }
  function afterUpload() {
    if (!sendWhenReady || inProgress()) return;
    sendWhenReady = false;
    if (uploads.some(function (upload) { return !upload.reference && !upload.removed; })) say(texts.unsent);
    else if (form.requestSubmit) form.requestSubmit();
    else say("");
  }

  function fail(upload, text, canRetry) {
    upload.request = null;
    upload.status.textContent = text;
    upload.retry.hidden = !canRetry;
    upload.item.className = "photo-upload photo-upload--failed";
  }

  function downscale(file) {
    // createImageBitmap, not <img src="blob:…">: the site's CSP allows no blob: images, and stays so.
    if (!window.createImageBitmap) return Promise.resolve(file); // the server makes it smaller instead
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size <= SMALL_ENOUGH) { bitmap.close(); return file; }
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff"; // a transparent PNG becomes a JPEG on white, not on black
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) { resolve(blob && blob.size < file.size ? blob : file); }, "image/jpeg", QUALITY);
      });
    }).catch(function () { return file; }); // not decodable here (e.g. HEIC): the server decides
  }

  var queue = Promise.resolve();
  function send(upload) {
    upload.item.className = "photo-upload";
    upload.retry.hidden = true;
    upload.bar.value = 0;
    upload.status.textContent = texts.sending;
    queue = queue.then(function () { // one photo at a time: on a weak connection each one arrives sooner
      if (upload.removed) return null;
      var token = window.agrofarmFormToken ? window.agrofarmFormToken(form) : Promise.resolve();
      return token.then(function () {
        return new Promise(function (done) {
          var request = new XMLHttpRequest(), data = new FormData();
          var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
          var fileName = upload.name.replace(/\.[^.]*$/, "") + (upload.blob.type === "image/jpeg" ? ".jpg" : "");
          data.append("photo", upload.blob, upload.blob === upload.file ? upload.name : fileName);
          data.append("submission_key", keyInput ? keyInput.value : ""); // a kept photo belongs to this form
          upload.request = request;
          request.open("POST", form.getAttribute("data-photo-url"));
          request.setRequestHeader("X-CSRFToken", csrf ? csrf.value : "");
          request.setRequestHeader("Accept", "application/json");
          request.upload.onprogress = function (event) {
            if (event.lengthComputable) upload.bar.value = Math.round((event.loaded / event.total) * 99);
          };
          request.onload = function () {
            var answer = {};
            try { answer = JSON.parse(request.responseText); } catch (error) { answer = {}; }
            if (request.status === 200 && answer.reference) finish(upload, answer.reference);
            else fail(upload, answer.error || texts.failed, request.status >= 500 || request.status === 429 || request.status === 403);
            upload.request = null;
            save();
            done();
            afterUpload();
          };
          request.onerror = request.ontimeout = function () {
            fail(upload, texts.failed, true);
            save();
            done();
            afterUpload();
          };
          request.onabort = function () { done(); };
          request.send(data);
        });
      });
    });
  }

  function choose() {
    var files = Array.prototype.slice.call(photoInput.files || []);
    photoInput.value = ""; // the photos go on their own: the form itself sends only their references
    dirty = true;
    files.forEach(function (file) {
      var upload = addUpload(file.name);
      upload.file = file;
      upload.status.textContent = texts.preparing;
      downscale(file).then(function (blob) { upload.blob = blob; send(upload); });
    });
    save();
  }

  // Sending the form ----------------------------------------------------------------------------------------
  document.addEventListener("submit", function (event) {
    if (event.target !== form) return;
    var unsent = uploads.some(function (upload) { return !upload.reference && !upload.removed; });
    var text = "";
    if (navigator.onLine === false) text = texts.offline;
    else if (unsent) text = inProgress() ? texts.wait : texts.unsent;
    if (!text) { save(); return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    sendWhenReady = text === texts.wait; // sent by itself once the last photo is there
    save();
    say(text);
    if (message) message.focus();
  }, true);

  window.addEventListener("online", function () {
    if (form.dataset.tokenState === "failed") delete form.dataset.tokenState; // ask for a token again
    if (message && !message.hidden && message.textContent === texts.offline) say(texts.online);
  });

  // Start ---------------------------------------------------------------------------------------------------
  if (message) message.setAttribute("tabindex", "-1");
  if (form.hasAttribute("data-bound")) dirty = true; // shown again with errors: keep what came back
  else restore(); // the draft brings its submission key back: sending it again makes no second listing
  if (keyInput && !keyInput.value) keyInput.value = newKey();
  if (canUpload) {
    photoInput.addEventListener("change", choose);
    var help = form.querySelector("[data-photo-help]");
    if (help) help.hidden = false;
  }
  var timer = null;
  form.addEventListener("input", function () { dirty = true; clearTimeout(timer); timer = setTimeout(save, 300); });
  form.addEventListener("change", function () { dirty = true; clearTimeout(timer); timer = setTimeout(save, 100); });
  window.addEventListener("pagehide", save);
  save();
})();
