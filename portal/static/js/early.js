/* Loaded before the first paint (not deferred): styles that depend on JavaScript, such as the
   folded filters on phones, apply from the first frame instead of shifting the page afterwards. */
document.documentElement.classList.add("js");
