// 引用本文: a "复制引文" button copies the GB/T 7714 reference next to it.
// The button stays hidden where the clipboard cannot be used, so it never fails silently.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".copied");
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () { if (status) status.textContent = "已复制"; },
        function () { if (status) status.textContent = "无法复制，请手动选择文字"; }
      );
    });
  });
})();
