from snuba.utils.iterators import chunked






