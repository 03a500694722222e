// Documents page: say at once when a chosen file is over the limit, instead of after the upload.
// The server checks again; this only saves a long wait on a slow connection.
document.addEventListener('DOMContentLoaded', () => {
  const input = document.getElementById('file');
  const warning = document.getElementById('file-too-large');
  const submit = document.getElementById('documents-upload');
  if (!input || !warning || !submit) {
    return;
  }
  const maxBytes = Number(input.dataset.maxBytes);
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    const tooLarge = Boolean(file) && maxBytes > 0 && file.size > maxBytes;
    warning.hidden = !tooLarge;
    input.setAttribute('aria-invalid', tooLarge ? 'true' : 'false');
    submit.disabled = tooLarge;
  });
});
