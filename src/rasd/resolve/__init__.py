"""Entity resolution: is ``بيتر ثيل`` the same person as ``Peter Thiel`` or ``ثيل``?

* :mod:`rasd.resolve.match` — :func:`~rasd.resolve.match.compare` two
  :class:`~rasd.resolve.match.NameRecord` s (score, decision, readable reasons) and
  :func:`~rasd.resolve.match.blocking_keys` for candidate lookup in the store.
* :mod:`rasd.resolve.translit` — :func:`~rasd.resolve.translit.to_latin` display forms and
  k-best Latin candidates, from a small model trained on openly licensed name pairs.
* :mod:`rasd.resolve.document` — coreference inside one article (maintained separately).

How a store should use it:

1. Look up candidates by ``blocking_keys(new)`` (any shared key), same type group.
2. ``compare(new, candidate)`` for each; merge on ``same``.
3. If :func:`~rasd.resolve.match.needs_context` is true (a surname-only match such as
   ``ثيل`` ~ ``بيتر ثيل``), merge only when the two come from the same article or the
   candidate is the *only* one that matches; with two full names sharing that surname
   (جو بايدن, هانتر بايدن) keep the mention separate.
4. Store the reasons with the merge so a user can see why.
"""
