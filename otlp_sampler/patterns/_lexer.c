/* otlp_sampler.patterns._lexer: the miner's lexer as a small C extension (docs/patterns.md
 * § Speed, round 37, speed37b). Optional: setup.py builds it beside the mypyc library when
 * OTLP_SAMPLER_COMPILE=1 and a compiler works; the compiled tokens.py calls it where it is
 * importable, and the Python function it mirrors stays the reference and the fallback
 * (tests/patterns/test_native_lexer.py compares the two on every kind of text).
 *
 * split(text) -> (tokens, spaced, marks): tokens._split, exactly: runs of word-ish
 * characters (wildcards `<*>` included), or any other single character, each with whether
 * whitespace came before it, and the _SPLIT_* bits of the marks cut as tokens of their own.
 * It reads the str's code points in place (1, 2 or 4 bytes a character, never past its
 * length) and makes a str only for each token, as the Python loop does.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* tokens._CLASS: 0 whitespace (\s under re.ASCII), 1 word-ish (_WORDISH), 2 another mark;
 * every character past ASCII is word-ish. */
static unsigned char CLASS[128];
/* tokens._SPLIT_MARKS: each ASCII mark's bits (the values of tokens._SPLIT_*). */
static long SPLIT_MARKS[128];

#define SPLIT_ROUND (1L << 1)
#define SPLIT_SQUARE (1L << 2)
#define SPLIT_BRACE (1L << 3)
#define SPLIT_COLON (1L << 4)
#define SPLIT_EQUALS (1L << 5)
#define SPLIT_COMMA (1L << 6)
#define SPLIT_BAR (1L << 7)
#define SPLIT_QUOTE (1L << 8)
#define SPLIT_CLOSING (1L << 9)
#define SPLIT_OPENING_ROUND (1L << 10)
#define SPLIT_OPENING_SQUARE (1L << 11)
#define SPLIT_OPENING_BRACE (1L << 12)

static void
init_tables(void)
{
    for (int c = 0; c < 128; c++)
        CLASS[c] = 1;
    for (const char *p = " \t\n\v\f\r"; *p; p++)
        CLASS[(unsigned char)*p] = 0;
    for (const char *p = "<>=,;:()[]{}|\"'*"; *p; p++)
        CLASS[(unsigned char)*p] = 2;
    SPLIT_MARKS['('] = SPLIT_ROUND | SPLIT_OPENING_ROUND;
    SPLIT_MARKS[')'] = SPLIT_ROUND | SPLIT_CLOSING;
    SPLIT_MARKS['['] = SPLIT_SQUARE | SPLIT_OPENING_SQUARE;
    SPLIT_MARKS[']'] = SPLIT_SQUARE | SPLIT_CLOSING;
    SPLIT_MARKS['{'] = SPLIT_BRACE | SPLIT_OPENING_BRACE;
    SPLIT_MARKS['}'] = SPLIT_BRACE | SPLIT_CLOSING;
    SPLIT_MARKS[':'] = SPLIT_COLON;
    SPLIT_MARKS['='] = SPLIT_EQUALS;
    SPLIT_MARKS[','] = SPLIT_COMMA;
    SPLIT_MARKS['|'] = SPLIT_BAR;
    SPLIT_MARKS['"'] = SPLIT_QUOTE;
}

/* The tokens' places, gathered in one pass before the lists are made at their length (a list
 * grown by appends is reallocated as it goes). */
typedef struct {
    Py_ssize_t *bounds;  /* start, end of each token */
    unsigned char *space;
    Py_ssize_t count, capacity;
    Py_ssize_t bounds_here[2 * 128];
    unsigned char space_here[128];
} Cuts;

static inline int
cuts_add(Cuts *cuts, Py_ssize_t start, Py_ssize_t end, int space)
{
    if (cuts->count == cuts->capacity) {
        Py_ssize_t capacity = cuts->capacity * 2;
        Py_ssize_t *bounds = PyMem_Malloc(sizeof(Py_ssize_t) * 2 * capacity);
        unsigned char *spaces = PyMem_Malloc(capacity);
        if (bounds == NULL || spaces == NULL) {
            PyMem_Free(bounds);
            PyMem_Free(spaces);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(bounds, cuts->bounds, sizeof(Py_ssize_t) * 2 * cuts->count);
        memcpy(spaces, cuts->space, cuts->count);
        if (cuts->bounds != cuts->bounds_here) {
            PyMem_Free(cuts->bounds);
            PyMem_Free(cuts->space);
        }
        cuts->bounds = bounds;
        cuts->space = spaces;
        cuts->capacity = capacity;
    }
    cuts->bounds[2 * cuts->count] = start;
    cuts->bounds[2 * cuts->count + 1] = end;
    cuts->space[cuts->count] = (unsigned char)space;
    cuts->count++;
    return 0;
}

/* The loop of tokens._split over a str of one character width (CHAR: Py_UCS1, 2 or 4);
 * every read is at an index below n. */
#define SPLIT_LOOP(CHAR)                                                                     \
    static int split_##CHAR(const CHAR *s, Py_ssize_t n, Cuts *cuts, long *marks_out)        \
    {                                                                                        \
        Py_ssize_t i = 0;                                                                    \
        long marks = 0;                                                                      \
        int space = 0;                                                                       \
        while (i < n) {                                                                      \
            Py_UCS4 c = s[i];                                                                \
            int kind = c < 128 ? CLASS[c] : 1;                                               \
            if (kind == 0) {                                                                 \
                space = 1;                                                                   \
                i++;                                                                         \
                continue;                                                                    \
            }                                                                                \
            Py_ssize_t start = i;                                                            \
            i++;                                                                             \
            if (kind == 2)                                                                   \
                marks |= SPLIT_MARKS[c];                                                     \
            if (kind == 1 || (c == '<' && i + 1 < n && s[i] == '*' && s[i + 1] == '>')) {    \
                if (kind != 1)                                                               \
                    i += 2; /* <*> */                                                        \
                for (;;) {                                                                   \
                    while (i < n) {                                                          \
                        Py_UCS4 d = s[i];                                                    \
                        if (d < 128 && CLASS[d] != 1)                                        \
                            break;                                                           \
                        i++;                                                                 \
                    }                                                                        \
                    if (i + 2 < n && s[i] == '<' && s[i + 1] == '*' && s[i + 2] == '>')      \
                        i += 3;                                                              \
                    else                                                                     \
                        break;                                                               \
                }                                                                            \
            }                                                                                \
            if (cuts_add(cuts, start, i, space) < 0)                                         \
                return -1;                                                                   \
            space = 0;                                                                       \
        }                                                                                    \
        *marks_out = marks;                                                                  \
        return 0;                                                                            \
    }

SPLIT_LOOP(Py_UCS1)
SPLIT_LOOP(Py_UCS2)
SPLIT_LOOP(Py_UCS4)

static PyObject *
lexer_split(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "split() takes a str");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Cuts cuts;
    cuts.bounds = cuts.bounds_here;
    cuts.space = cuts.space_here;
    cuts.count = 0;
    cuts.capacity = 128;
    long marks = 0;
    int result;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        result = split_Py_UCS1(PyUnicode_1BYTE_DATA(text), n, &cuts, &marks);
        break;
    case PyUnicode_2BYTE_KIND:
        result = split_Py_UCS2(PyUnicode_2BYTE_DATA(text), n, &cuts, &marks);
        break;
    default:
        result = split_Py_UCS4(PyUnicode_4BYTE_DATA(text), n, &cuts, &marks);
        break;
    }
    PyObject *out = NULL, *spaced = NULL, *number = NULL, *triple = NULL;
    if (result < 0)
        goto done;
    out = PyList_New(cuts.count);
    spaced = PyList_New(cuts.count);
    number = PyLong_FromLong(marks);
    if (out == NULL || spaced == NULL || number == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < cuts.count; k++) {
        PyObject *token = PyUnicode_Substring(text, cuts.bounds[2 * k], cuts.bounds[2 * k + 1]);
        if (token == NULL)
            goto done;
        PyList_SET_ITEM(out, k, token);
        PyObject *flag = cuts.space[k] ? Py_True : Py_False;
        Py_INCREF(flag);
        PyList_SET_ITEM(spaced, k, flag);
    }
    triple = PyTuple_New(3);
    if (triple == NULL)
        goto done;
    PyTuple_SET_ITEM(triple, 0, out);
    PyTuple_SET_ITEM(triple, 1, spaced);
    PyTuple_SET_ITEM(triple, 2, number);
    out = spaced = number = NULL;
done:
    if (cuts.bounds != cuts.bounds_here) {
        PyMem_Free(cuts.bounds);
        PyMem_Free(cuts.space);
    }
    Py_XDECREF(out);  /* (a list's items not yet set are NULL: its dealloc skips them) */
    Py_XDECREF(spaced);
    Py_XDECREF(number);
    return triple;
}

/* ---------------------------------------------------------------------------------------
 * mask_values(text) -> str: masking._scanned_values (the compiled masking.mask_values), the
 * same loop and helpers read as C, the character tables, word sets and regexes read once
 * from masking itself (configure(), at the first call): the rules' data stay in Python, and
 * _MASK.match, _UNIT_AFTER.match and _CAMEL_NAME.match are asked where the Python asks them.
 */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
    PyObject *text;
} Text;

#ifdef LEXER_CHECK_BOUNDS /* (a test build: every read of the text inside it, or abort) */
static Py_UCS4
checked_read(const void *t_, Py_ssize_t i, const char *file, int line);
#define CH(t, i) checked_read((t), (i), __FILE__, __LINE__)
#else
#define CH(t, i) ((Py_UCS4)PyUnicode_READ((t)->kind, (t)->data, (i)))
#endif

#ifdef LEXER_CHECK_BOUNDS
static Py_UCS4
checked_read(const void *t_, Py_ssize_t i, const char *file, int line)
{
    const Text *t = (const Text *)t_;
    if (i < 0 || i >= t->n) {
        fprintf(stderr, "_lexer.c:%d: read at %zd of a text of %zd\n", line, i, t->n);
        (void)file;
        abort();
    }
    return (Py_UCS4)PyUnicode_READ(t->kind, t->data, i);
}
#endif

static int configured = 0;  /* 1 done, -1 failed (the Python scan is used) */
static unsigned char PREFIX_CLASS[128], SCAN_BITS[128], HEX[128], WHITESPACE[128], CLOSING_MARKS[128],
    AFTER_DASHES[128], AFTER_COLON[128], PATH_WORD_CHARS[128], OUT_OF_URL[128], CLOSING_SPACE[128],
    CHAIN_MARK[128], VALUE_ENDS[128];
static const unsigned char *NAMED_PAIRS;  /* 128 * 128, masking._NAMED_PAIRS' buffer (kept alive) */
static PyObject *NAMED_PAIRS_OBJ, *NAMED_START, *NAMED_WHOLE, *TLD_WORDS, *GTLD_WORDS, *FILE_EXT_WORDS,
    *QUOTED_MESSAGE_KEY_WORDS, *MESSAGE_KEY_WORDS, *NAMED_RESTS, *MESSAGE_KEY_PARTS, *KEY_EQUALS_QUOTE,
    *JSON_KEY_QUOTE, *JSON_KEY_SPACE_QUOTE, *METHODS_SPACED, *MASK_MATCH, *MASK_SUB, *UNIT_AFTER_MATCH,
    *CAMEL_NAME_MATCH, *WILDCARD_STR, *END_NAME;
static long LONGEST_QUOTED_KEY, LONGEST_TLD, LONGEST_EXT;
static long IN_DOTTED_RUN, IN_LABEL, IN_FILE_LABEL, IN_PATH_NAME, IN_RELATIVE_PATH, IN_CLASS_NAME,
    IN_KEY_STEM, IN_LETTERS;

static int
table_from_bytes(PyObject *module, const char *name, unsigned char *table)
{
    PyObject *value = PyObject_GetAttrString(module, name);
    if (value == NULL)
        return -1;
    if (!PyBytes_Check(value) || PyBytes_GET_SIZE(value) != 128) {
        Py_DECREF(value);
        PyErr_Format(PyExc_ValueError, "masking.%s is no table of 128 bytes", name);
        return -1;
    }
    memcpy(table, PyBytes_AS_STRING(value), 128);
    Py_DECREF(value);
    return 0;
}

/* A set of characters (str of one character each, all ASCII) or of code points (int < 128)
 * as a table. */
static int
table_from_set(PyObject *module, const char *name, unsigned char *table)
{
    PyObject *value = PyObject_GetAttrString(module, name);
    if (value == NULL)
        return -1;
    PyObject *iterator = PyObject_GetIter(value);
    Py_DECREF(value);
    if (iterator == NULL)
        return -1;
    memset(table, 0, 128);
    PyObject *item;
    while ((item = PyIter_Next(iterator)) != NULL) {
        long c = -1;
        if (PyUnicode_Check(item) && PyUnicode_GET_LENGTH(item) == 1)
            c = (long)PyUnicode_READ_CHAR(item, 0);
        else if (PyLong_Check(item))
            c = PyLong_AsLong(item);
        Py_DECREF(item);
        if (c < 0 || c >= 128) {
            Py_DECREF(iterator);
            PyErr_Format(PyExc_ValueError, "masking.%s holds more than ASCII characters", name);
            return -1;
        }
        table[c] = 1;
    }
    Py_DECREF(iterator);
    return PyErr_Occurred() ? -1 : 0;
}

static PyObject *
attribute(PyObject *module, const char *name)
{
    return PyObject_GetAttrString(module, name);
}

static int
long_attribute(PyObject *module, const char *name, long *out)
{
    PyObject *value = PyObject_GetAttrString(module, name);
    if (value == NULL)
        return -1;
    *out = PyLong_AsLong(value);
    Py_DECREF(value);
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

static int word_sets(void);

static int
configure(void)
{
    PyObject *module = PyImport_ImportModule("otlp_sampler.patterns.masking");
    if (module == NULL)
        return -1;
    int failed = table_from_bytes(module, "_PREFIX_CLASS", PREFIX_CLASS)
        || table_from_bytes(module, "_SCAN_BITS", SCAN_BITS)
        || table_from_bytes(module, "_PATH_WORD_CHARS", PATH_WORD_CHARS)
        || table_from_bytes(module, "_OUT_OF_URL", OUT_OF_URL)
        || table_from_bytes(module, "_CLOSING_SPACE", CLOSING_SPACE)
        || table_from_bytes(module, "_CHAIN_MARK", CHAIN_MARK)
        || table_from_set(module, "_HEX", HEX)
        || table_from_set(module, "_WHITESPACE", WHITESPACE)
        || table_from_set(module, "_CLOSING_MARKS", CLOSING_MARKS)
        || table_from_set(module, "_AFTER_DASHES", AFTER_DASHES)
        || table_from_set(module, "_AFTER_COLON", AFTER_COLON)
        || table_from_set(module, "_VALUE_ENDS", VALUE_ENDS)
        || long_attribute(module, "_LONGEST_QUOTED_KEY", &LONGEST_QUOTED_KEY)
        || long_attribute(module, "_LONGEST_TLD", &LONGEST_TLD)
        || long_attribute(module, "_LONGEST_EXT", &LONGEST_EXT)
        || long_attribute(module, "_IN_DOTTED_RUN", &IN_DOTTED_RUN)
        || long_attribute(module, "_IN_LABEL", &IN_LABEL)
        || long_attribute(module, "_IN_FILE_LABEL", &IN_FILE_LABEL)
        || long_attribute(module, "_IN_PATH_NAME", &IN_PATH_NAME)
        || long_attribute(module, "_IN_RELATIVE_PATH", &IN_RELATIVE_PATH)
        || long_attribute(module, "_IN_CLASS_NAME", &IN_CLASS_NAME)
        || long_attribute(module, "_IN_KEY_STEM", &IN_KEY_STEM)
        || long_attribute(module, "_IN_LETTERS", &IN_LETTERS);
    if (!failed) {
        PyObject *mask = attribute(module, "_MASK"), *unit = attribute(module, "_UNIT_AFTER"),
                 *camel = attribute(module, "_CAMEL_NAME");
        if (mask && unit && camel) {
            MASK_MATCH = PyObject_GetAttrString(mask, "match");
            MASK_SUB = PyObject_GetAttrString(mask, "sub");
            UNIT_AFTER_MATCH = PyObject_GetAttrString(unit, "match");
            CAMEL_NAME_MATCH = PyObject_GetAttrString(camel, "match");
        }
        Py_XDECREF(mask);
        Py_XDECREF(unit);
        Py_XDECREF(camel);
        NAMED_PAIRS_OBJ = attribute(module, "_NAMED_PAIRS");
        NAMED_START = attribute(module, "_NAMED_START");
        NAMED_WHOLE = attribute(module, "_NAMED_WHOLE");
        TLD_WORDS = attribute(module, "_TLD_WORDS");
        GTLD_WORDS = attribute(module, "_GTLD_WORDS");
        FILE_EXT_WORDS = attribute(module, "_FILE_EXT_WORDS");
        QUOTED_MESSAGE_KEY_WORDS = attribute(module, "_QUOTED_MESSAGE_KEY_WORDS");
        MESSAGE_KEY_WORDS = attribute(module, "_MESSAGE_KEY_WORDS");
        NAMED_RESTS = attribute(module, "_NAMED_RESTS");
        MESSAGE_KEY_PARTS = attribute(module, "_MESSAGE_KEY_PARTS");
        KEY_EQUALS_QUOTE = attribute(module, "_KEY_EQUALS_QUOTE");
        JSON_KEY_QUOTE = attribute(module, "_JSON_KEY_QUOTE");
        JSON_KEY_SPACE_QUOTE = attribute(module, "_JSON_KEY_SPACE_QUOTE");
        METHODS_SPACED = attribute(module, "_METHODS_SPACED");
        WILDCARD_STR = attribute(module, "WILDCARD");
        END_NAME = PyUnicode_InternFromString("end");
        failed = PyErr_Occurred() != NULL;
    }
    Py_DECREF(module);
    if (failed)
        return -1;
    /* the shapes this file reads them in */
    if (!PyBytes_Check(NAMED_PAIRS_OBJ) || PyBytes_GET_SIZE(NAMED_PAIRS_OBJ) != 128 * 128
        || !PyAnySet_Check(NAMED_START) || !PyAnySet_Check(NAMED_WHOLE) || !PyAnySet_Check(TLD_WORDS)
        || !PyAnySet_Check(GTLD_WORDS) || !PyAnySet_Check(FILE_EXT_WORDS)
        || !PyAnySet_Check(QUOTED_MESSAGE_KEY_WORDS) || !PyAnySet_Check(MESSAGE_KEY_WORDS)
        || !PyAnySet_Check(NAMED_RESTS) || !PyTuple_Check(MESSAGE_KEY_PARTS) || !PyTuple_Check(KEY_EQUALS_QUOTE)
        || !PyTuple_Check(JSON_KEY_QUOTE) || !PyTuple_Check(JSON_KEY_SPACE_QUOTE)
        || !PyTuple_Check(METHODS_SPACED) || !PyUnicode_Check(WILDCARD_STR)) {
        PyErr_SetString(PyExc_ValueError, "masking's tables are not of the shapes _lexer.c reads");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(MESSAGE_KEY_PARTS); i++) {
        PyObject *pair = PyTuple_GET_ITEM(MESSAGE_KEY_PARTS, i);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 0))
            || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 1)) || PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(pair, 0)) > 1) {
            PyErr_SetString(PyExc_ValueError, "masking._MESSAGE_KEY_PARTS is not of the shape _lexer.c reads");
            return -1;
        }
    }
    PyObject *tuples[] = {KEY_EQUALS_QUOTE, JSON_KEY_QUOTE, JSON_KEY_SPACE_QUOTE, METHODS_SPACED};
    for (int k = 0; k < 4; k++)
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuples[k]); i++)
            if (!PyUnicode_Check(PyTuple_GET_ITEM(tuples[k], i))) {
                PyErr_SetString(PyExc_ValueError, "masking's forms are not texts");
                return -1;
            }
    NAMED_PAIRS = (const unsigned char *)PyBytes_AS_STRING(NAMED_PAIRS_OBJ);
    return word_sets() ? -1 : 0;
}

static inline long
bits_at(const Text *t, Py_ssize_t at)
{
    Py_UCS4 c = CH(t, at);
    return c < 128 ? SCAN_BITS[c] : 0;
}

static inline int
in_table(const unsigned char *table, Py_UCS4 c)
{
    return c < 128 && table[c];
}

static inline int
prefix_class(Py_UCS4 c)
{
    return c < 128 ? PREFIX_CLASS[c] : 0;
}

/* A set of ASCII words read once from one of masking's frozensets: sorted by length, then
 * by their characters, each length's words a run (lookups compare code points, no str made). */
#define LONGEST_WORD 32
typedef struct {
    Py_ssize_t count;
    char **words;  /* each NUL-terminated */
    Py_ssize_t first[LONGEST_WORD + 2];  /* first[size]: the first word of that size; first[size + 1] its end */
} WordSet;

static WordSet W_NAMED_START, W_NAMED_WHOLE, W_TLD, W_GTLD, W_FILE_EXT, W_QUOTED_MESSAGE_KEYS, W_MESSAGE_KEYS,
    W_NAMED_RESTS;

static int
compare_words(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x, y);
}

static int
word_set(PyObject *words, WordSet *set)
{
    Py_ssize_t count = PySet_GET_SIZE(words);
    set->words = PyMem_Calloc(count ? count : 1, sizeof(char *));
    if (set->words == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    set->count = 0;
    PyObject *iterator = PyObject_GetIter(words), *item;
    if (iterator == NULL)
        return -1;
    while ((item = PyIter_Next(iterator)) != NULL) {
        Py_ssize_t size = PyUnicode_Check(item) ? PyUnicode_GET_LENGTH(item) : -1;
        if (size < 0 || size > LONGEST_WORD || !PyUnicode_IS_ASCII(item) || set->count == count) {
            Py_DECREF(item);
            Py_DECREF(iterator);
            PyErr_SetString(PyExc_ValueError, "a word set of masking is not of short ASCII words");
            return -1;
        }
        char *copy = PyMem_Malloc(size + 1);
        if (copy == NULL) {
            Py_DECREF(item);
            Py_DECREF(iterator);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(copy, PyUnicode_1BYTE_DATA(item), size);
        copy[size] = 0;
        set->words[set->count++] = copy;
        Py_DECREF(item);
    }
    Py_DECREF(iterator);
    if (PyErr_Occurred())
        return -1;
    qsort(set->words, set->count, sizeof(char *), compare_words);
    Py_ssize_t at = 0;
    for (Py_ssize_t size = 0; size <= LONGEST_WORD + 1; size++) {
        while (at < set->count && (Py_ssize_t)strlen(set->words[at]) < size)
            at++;
        set->first[size] = at;
    }
    return 0;
}

static int
word_sets(void)
{
    return word_set(NAMED_START, &W_NAMED_START) || word_set(NAMED_WHOLE, &W_NAMED_WHOLE)
        || word_set(TLD_WORDS, &W_TLD) || word_set(GTLD_WORDS, &W_GTLD) || word_set(FILE_EXT_WORDS, &W_FILE_EXT)
        || word_set(QUOTED_MESSAGE_KEY_WORDS, &W_QUOTED_MESSAGE_KEYS)
        || word_set(MESSAGE_KEY_WORDS, &W_MESSAGE_KEYS) || word_set(NAMED_RESTS, &W_NAMED_RESTS);
}

/* text[start:end] in the set (the slice's bounds clipped as Python's are) */
static int
slice_in(const Text *t, Py_ssize_t start, Py_ssize_t end, const WordSet *set)
{
    if (start < 0)
        start = 0;
    if (end > t->n)
        end = t->n;
    Py_ssize_t size = end - start;
    if (size < 0)
        size = 0;
    if (size > LONGEST_WORD)
        return 0;
    Py_ssize_t low = set->first[size], high = set->first[size + 1];
    while (low < high) {  /* (binary search among the words of that length) */
        Py_ssize_t middle = (low + high) / 2;
        const unsigned char *word = (const unsigned char *)set->words[middle];
        int order = 0;
        for (Py_ssize_t i = 0; i < size; i++) {
            Py_UCS4 c = CH(t, start + i);
            if (c != word[i]) {
                order = c < word[i] ? -1 : 1;
                break;
            }
        }
        if (order == 0)
            return 1;
        if (order < 0)
            high = middle;
        else
            low = middle + 1;
    }
    return 0;
}

/* text[start:start + len(part)] == part, within the text */
static int
equals_at(const Text *t, Py_ssize_t start, const char *part)
{
    Py_ssize_t size = (Py_ssize_t)strlen(part);
    if (start < 0 || start + size > t->n)
        return 0;
    for (Py_ssize_t i = 0; i < size; i++)
        if (CH(t, start + i) != (Py_UCS4)(unsigned char)part[i])
            return 0;
    return 1;
}

/* masking._ends_with: text[:end].endswith(part) */
static int
ends_with(const Text *t, Py_ssize_t end, PyObject *part)
{
    Py_ssize_t size = PyUnicode_GET_LENGTH(part);
    Py_ssize_t start = end - size;
    if (start < 0)
        return 0;
    int kind = PyUnicode_KIND(part);
    const void *data = PyUnicode_DATA(part);
    for (Py_ssize_t i = size - 1; i >= 0; i--)  /* (from the end: most forms differ at their last) */
        if (CH(t, start + i) != PyUnicode_READ(kind, data, i))
            return 0;
    return 1;
}

/* pattern.match(text, at): its end, or -1 where it does not match, -2 on an error */
static Py_ssize_t
match_end(PyObject *match, const Text *t, Py_ssize_t at)
{
    PyObject *position = PyLong_FromSsize_t(at);
    if (position == NULL)
        return -2;
    PyObject *args[2] = {t->text, position};
    PyObject *found = PyObject_Vectorcall(match, args, 2, NULL);
    Py_DECREF(position);
    if (found == NULL)
        return -2;
    if (found == Py_None) {
        Py_DECREF(found);
        return -1;
    }
    PyObject *end = PyObject_CallMethodNoArgs(found, END_NAME);
    Py_DECREF(found);
    if (end == NULL)
        return -2;
    Py_ssize_t value = PyLong_AsSsize_t(end);
    Py_DECREF(end);
    return (value == -1 && PyErr_Occurred()) ? -2 : value;
}

static int
json_key_at(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, end = at;
    while (end < n && end - at <= 80) {
        Py_UCS4 c = CH(t, end);
        if (c == 34 || c == 39 || c == 10)
            break;
        end++;
    }
    if (end == at || end == n || end - at > 80 || CH(t, end) != 34)
        return 0;
    end++;
    while (end < n && (CH(t, end) == 32 || (9 <= CH(t, end) && CH(t, end) <= 13)))
        end++;
    return end < n && CH(t, end) == 58;
}

static int
after_message_key(const Text *t, Py_ssize_t at)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(MESSAGE_KEY_PARTS); i++) {
        PyObject *pair = PyTuple_GET_ITEM(MESSAGE_KEY_PARTS, i);
        PyObject *prefix = PyTuple_GET_ITEM(pair, 0), *suffix = PyTuple_GET_ITEM(pair, 1);
        Py_ssize_t key_end = at - PyUnicode_GET_LENGTH(suffix);
        if (key_end <= 0 || !ends_with(t, at, suffix))
            continue;
        if (PyUnicode_GET_LENGTH(prefix)) {
            Py_UCS4 quote = PyUnicode_READ_CHAR(prefix, 0);
            Py_ssize_t stop = key_end - LONGEST_QUOTED_KEY - 1;
            if (stop < 0)
                stop = 0;
            Py_ssize_t key = key_end;
            while (key > stop && CH(t, key - 1) != quote)
                key--;
            if (key > stop && slice_in(t, key, key_end, &W_QUOTED_MESSAGE_KEYS))
                return 1;
            continue;
        }
        Py_ssize_t key = key_end;
        while (key > 0 && (bits_at(t, key - 1) & IN_LETTERS))
            key--;
        if (key < key_end && slice_in(t, key, key_end, &W_MESSAGE_KEYS)
            && (key == 0 || !(bits_at(t, key - 1) & IN_KEY_STEM)))
            return 1;
    }
    return 0;
}

static int
path_may_start(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    if (at && (CH(t, at - 1) == 47 || CH(t, at - 1) == 126))
        return 0;
    Py_ssize_t end = at + 1;
    while (end < n && (bits_at(t, end) & IN_PATH_NAME))
        end++;
    if (end == at + 1 || end == n)
        return 0;
    Py_UCS4 c = CH(t, end);
    return c == 32 || (c == 47 && end + 1 < n && (bits_at(t, end + 1) & IN_PATH_NAME) != 0);
}

static int
process_in_brackets(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    if (at == 0)
        return 0;
    Py_ssize_t end = at + 1;
    while (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c == 62 || c == 60 || c == 32 || (9 <= c && c <= 13))
            break;
        end++;
    }
    return end < n && CH(t, end) == 62 && (end + 1 == n || CH(t, end + 1) != 64);
}

static int
starts_nothing(const Text *t, Py_ssize_t at, Py_UCS4 c)
{
    Py_ssize_t n = t->n;
    Py_UCS4 after = at + 1 < n ? CH(t, at + 1) : 0;
    if (c == 36)
        return 0;
    if (c == 47)
        return !path_may_start(t, at);
    if (c == 58)
        return after != 58 || at + 2 == n || !in_table(HEX, CH(t, at + 2));
    if (c == 91) {
        if (equals_at(t, at, "[object "))
            return 0;
        Py_ssize_t end = at + 1;
        while (end < n && in_table(HEX, CH(t, end)))
            end++;
        return end == n || CH(t, end) != 58;
    }
    if (c == 92)
        return after != 92;
    if ((48 <= after && after <= 57) || after == 45) {
        if (c == 60 && after != 45)
            return process_in_brackets(t, at);
        return !(c == 60 || c == 62 || c == 126 || c == 61);
    }
    if (c == 60) {
        if (65 <= after && after <= 90) {
            Py_ssize_t end = at + 2;
            while (end < n && (bits_at(t, end) & IN_CLASS_NAME))
                end++;
            return end == n || CH(t, end) != 32;
        }
        return !(after == 61 || after == 60);
    }
    if (c == 62)
        return after != 61;
    if (c == 126)
        return !(after == 61 || after == 47);
    return 1;
}

static int
numbers_listed(const Text *t, Py_ssize_t bracket)
{
    Py_ssize_t n = t->n, end = bracket + 1;
    while (end < n && 48 <= CH(t, end) && CH(t, end) <= 57)
        end++;
    if (end == bracket + 1 || end == n)
        return 0;
    Py_UCS4 c = CH(t, end);
    return c == 44 || c == 92 || c == 45 || c == 32 || (9 <= c && c <= 13);
}

static int
hex_or_dashes(const Text *t, Py_ssize_t at, Py_ssize_t end)
{
    for (Py_ssize_t i = at; i < end; i++)
        if (!(in_table(HEX, CH(t, i)) || CH(t, i) == 45))
            return 0;
    return 1;
}

static int
dashed_word_goes_on(const Text *t, Py_ssize_t at, Py_ssize_t dash)
{
    Py_ssize_t n = t->n, end = dash + 1;
    while (end < n && ((bits_at(t, end) & IN_LETTERS) || CH(t, end) == 45))
        end++;
    if (end == n || !in_table(AFTER_DASHES, CH(t, end)))
        return 0;
    if (CH(t, end) == 91)
        return numbers_listed(t, end) || hex_or_dashes(t, at, end);
    if (CH(t, end) != 58)
        return 1;
    return equals_at(t, end + 1, "//") || hex_or_dashes(t, at, end);
}

static int
colon_goes_on(const Text *t, Py_ssize_t at, Py_ssize_t colon)
{
    if (colon + 1 < t->n && in_table(AFTER_COLON, CH(t, colon + 1)))
        return 1;
    for (Py_ssize_t i = at; i < colon; i++)
        if (!in_table(HEX, CH(t, i)))
            return 0;
    return 1;
}

static int
camel_last_label(const Text *t, Py_ssize_t at, Py_ssize_t colon)
{
    Py_ssize_t start = colon;
    while (start > at && CH(t, start - 1) != 46)
        start--;
    for (Py_ssize_t i = start; i < colon - 1; i++) {
        Py_UCS4 a = CH(t, i), b = CH(t, i + 1);
        if (97 <= a && a <= 122 && 65 <= b && b <= 90)
            return 1;
    }
    return 0;
}

static int
dotted_name_may_match(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, end = at;
    while (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c >= 128 || !(SCAN_BITS[c] & IN_DOTTED_RUN))
            break;
        end++;
    }
    if (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c == 64 || c == 47)
            return 1;
        if (c == 58 && end + 1 < n) {
            Py_UCS4 after = CH(t, end + 1);
            if ((after == 47 && end + 2 < n && CH(t, end + 2) == 47)
                || (48 <= after && after <= 57 && !camel_last_label(t, at, end)))
                return 1;
        }
    }
    if (CH(t, at) == 46)
        return 0;
    long labels = 0;
    Py_ssize_t label = at, last = at, last_end = at;
    for (;;) {
        Py_ssize_t stop = label;
        while (stop < end && (SCAN_BITS[CH(t, stop)] & IN_LABEL))
            stop++;
        if (stop == label)
            break;
        labels++;
        last = label;
        last_end = stop;
        if (stop + 1 < end && CH(t, stop) == 46)
            label = stop + 1;
        else
            break;
    }
    if (labels >= 2 && last_end - last <= LONGEST_TLD) {
        if (slice_in(t, last, last_end, labels >= 3 ? &W_TLD : &W_GTLD))
            return 1;
    }
    label = at;
    while (label < end && CH(t, label) != 46)
        label++;
    while (label + 1 < end && CH(t, label) == 46) {
        Py_ssize_t start = label + 1, stop = start;
        while (stop < end && (SCAN_BITS[CH(t, stop)] & IN_FILE_LABEL))
            stop++;
        if (stop == start)
            break;
        Py_ssize_t dash = start;
        while (dash < stop && CH(t, dash) != 45)
            dash++;
        if (dash - start <= LONGEST_EXT && slice_in(t, start, dash, &W_FILE_EXT)
            && !(dash == stop && stop + 1 < n && CH(t, stop) == 46 && (bits_at(t, stop + 1) & IN_LETTERS)))
            return 1;
        label = stop;
    }
    return 0;
}

static int
dot_in_path(const Text *t, Py_ssize_t slash)
{
    Py_ssize_t end = slash + 1;
    while (end < t->n && (bits_at(t, end) & IN_RELATIVE_PATH)) {
        if (CH(t, end) == 46)
            return 1;
        end++;
    }
    return 0;
}

static int
random_id_at(const Text *t, Py_ssize_t at, Py_ssize_t end)
{
    if (!(2 <= end - at && end - at <= 8))
        return 0;
    for (Py_ssize_t i = at; i < end; i++)
        if (!(97 <= CH(t, i) && CH(t, i) <= 122))
            return 0;
    Py_ssize_t n = t->n, start = end + 1, stop = start;
    long capitals = 0;
    while (stop < n) {
        Py_UCS4 c = CH(t, stop);
        if (c >= 128 || !(PREFIX_CLASS[c] == 1 || (48 <= c && c <= 57)))
            break;
        if (65 <= c && c <= 90)
            capitals++;
        stop++;
    }
    /* (the Python reads text[start] here: a _ closes the word, so start < n) */
    if (stop - start < 6 || (48 <= CH(t, start) && CH(t, start) <= 57) || (stop < n && CH(t, stop) == 95))
        return 0;
    return capitals > 0;
}

static Py_ssize_t
number_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, end = at + 1;
    while (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c >= 128 || !(1 <= PREFIX_CLASS[c] && PREFIX_CLASS[c] <= 2))
            break;
        end++;
    }
    if (end == at + 3 && CH(t, at + 1) == 120 && CH(t, at + 2) == 120)
        return at;
    if (end == n)
        return end;
    Py_UCS4 c = CH(t, end);
    if (c == 32 || (9 <= c && c <= 13)) {
        Py_ssize_t unit = match_end(UNIT_AFTER_MATCH, t, end);
        return unit == -1 ? end : at;  /* (an error: at, and the caller sees it set) */
    }
    if (in_table(VALUE_ENDS, c))
        return end;
    if ((c == 44 || c == 46 || c == 58) && (end + 1 == n || in_table(WHITESPACE, CH(t, end + 1))))
        return end;
    return at;
}

static Py_ssize_t
url_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, end = at;
    if (end < n && CH(t, end) == 91) {
        Py_ssize_t close = end + 1;
        while (close < n && (in_table(HEX, CH(t, close)) || CH(t, close) == 58 || CH(t, close) == 46))
            close++;
        if (close > end + 1 && close < n && CH(t, close) == 93)
            end = close + 1;
    }
    Py_ssize_t last = end;
    while (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c < 128 && OUT_OF_URL[c]) {
            if (c != 40)
                break;
            Py_ssize_t close = end + 1;
            while (close < n && !(CH(t, close) < 128 && OUT_OF_URL[CH(t, close)]))
                close++;
            if (close == n || CH(t, close) != 41)
                break;
            end = last = close + 1;
            continue;
        }
        end++;
        if (!(c == 58 || c == 44 || c == 59 || c == 46))
            last = end;
    }
    return last;
}

static int
constant_at(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, last = -1, i = at;
    while (i < n) {
        Py_UCS4 c = CH(t, i);
        if (c == 95)
            last = i;
        else if (!((65 <= c && c <= 90) || (48 <= c && c <= 57))) {
            if (c == 45 || (97 <= c && c <= 122))
                return 0;
            break;
        }
        i++;
    }
    return last > at && last + 1 < i && 65 <= CH(t, last + 1) && CH(t, last + 1) <= 90;
}

static Py_ssize_t
word_number_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    if (at + 2 >= n)
        return at;
    Py_UCS4 c = CH(t, at + 1);
    if (c == 111 || c == 114 || c == 82 || c == 97 || c == 65 || c == 117 || c == 85 || c == 105 || c == 73
        || c == 110) {
        /* rest = text[at + 1:at + 9] */
        Py_ssize_t rest_end = at + 9 < n ? at + 9 : n;
        if ((rest_end - (at + 1) == 8 && equals_at(t, at + 1, "ocalhost"))
            || slice_in(t, at + 1, at + 4 < rest_end ? at + 4 : rest_end, &W_NAMED_RESTS)
            || slice_in(t, at + 1, at + 5 < rest_end ? at + 5 : rest_end, &W_NAMED_RESTS)
            || slice_in(t, at + 1, at + 3 < rest_end ? at + 3 : rest_end, &W_NAMED_RESTS))
            return at;
    }
    if (in_table(HEX, CH(t, at + 1)) && (CH(t, at + 2) == 58 || CH(t, at + 2) == 45))
        return at;
    Py_ssize_t end = at + 1;
    while (end < n && ((bits_at(t, end) & IN_LETTERS) || CH(t, end) == 45))
        end++;
    if (end == n || !(48 <= CH(t, end) && CH(t, end) <= 57))
        return at;
    Py_ssize_t digits = end;
    while (digits < n && 48 <= CH(t, digits) && CH(t, digits) <= 57)
        digits++;
    if (digits + 1 < n && 65 <= CH(t, digits) && CH(t, digits) <= 90 && 97 <= CH(t, digits + 1)
        && CH(t, digits + 1) <= 122) {
        int dashless = 1;
        for (Py_ssize_t i = at; i < end; i++)
            if (CH(t, i) == 45) {
                dashless = 0;
                break;
            }
        if (dashless)
            return at;
    }
    if (65 <= CH(t, at) && CH(t, at) <= 90 && constant_at(t, at))
        return at;
    if (end - at >= 5 && 97 <= CH(t, at + 1) && CH(t, at + 1) <= 122) {
        Py_ssize_t i = at + 2;
        while (i < end && !(65 <= CH(t, i) && CH(t, i) <= 90))
            i++;
        if (i < end && match_end(CAMEL_NAME_MATCH, t, at) != -1)
            return at;  /* (a match, or an error left set) */
    }
    end++;
    while (end < n) {
        c = CH(t, end);
        if (c >= 128 || !((1 <= PREFIX_CLASS[c] && PREFIX_CLASS[c] <= 2) || c == 45))
            break;
        end++;
    }
    if (end == n)
        return end;
    c = CH(t, end);
    if (c == 32 || (9 <= c && c <= 13) || in_table(VALUE_ENDS, c))
        return end;
    if ((c == 44 || c == 46 || c == 58) && (end + 1 == n || in_table(WHITESPACE, CH(t, end + 1))))
        return end;
    return at;
}

static Py_ssize_t
word_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    while (at < n) {
        Py_UCS4 c = CH(t, at);
        if (c >= 128 || !((1 <= PREFIX_CLASS[c] && PREFIX_CLASS[c] <= 2) || c == 45))
            break;
        at++;
    }
    return at;
}

static inline int
hex_at(const Text *t, Py_ssize_t at)
{
    Py_UCS4 c = CH(t, at);
    return (48 <= c && c <= 57) || (97 <= c && c <= 102) || (65 <= c && c <= 70);
}

static inline int
letter_at(const Text *t, Py_ssize_t at)
{
    Py_UCS4 c = CH(t, at);
    return c < 128 && PREFIX_CLASS[c] == 1;
}

static Py_ssize_t
chain_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n, digits = at + 1;
    while (digits < n && 48 <= CH(t, digits) && CH(t, digits) <= 57)
        digits++;
    if (at + 2 < n && hex_at(t, at + 1) && (CH(t, at + 2) == 58 || CH(t, at + 2) == 45))
        return at;
    if (digits == n)
        return n;
    Py_UCS4 c = CH(t, digits);
    if (c == 45 && digits - at != 4
        && (digits - at > 2 || digits + 1 == n || !(65 <= CH(t, digits + 1) && CH(t, digits + 1) <= 90))) {
        /* (a dash that no date's year, nor a month's name after one or two digits, makes) */
    } else if (c == 32 || (9 <= c && c <= 13)) {
        Py_ssize_t unit = match_end(UNIT_AFTER_MATCH, t, digits);
        return unit < 0 ? at : unit;
    } else if (c == 45 || c == 47 || c == 58 || c == 120 || c == 88) {
        return at;
    }
    if (c == 46) {
        Py_ssize_t decimal = digits + 1;
        while (decimal < n && 48 <= CH(t, decimal) && CH(t, decimal) <= 57)
            decimal++;
        if (decimal > digits + 1 && decimal < n && (CH(t, decimal) == 32 || (9 <= CH(t, decimal) && CH(t, decimal) <= 13))) {
            Py_ssize_t unit = match_end(UNIT_AFTER_MATCH, t, decimal);
            if (unit >= 0)
                return unit;
        }
    }
    Py_ssize_t host_end = digits;
    while (host_end < n && (hex_at(t, host_end) || letter_at(t, host_end) || CH(t, host_end) == 46
                            || CH(t, host_end) == 45))
        host_end++;
    if (host_end < n && CH(t, host_end) == 58) {
        for (Py_ssize_t i = digits; i < host_end; i++)
            if (letter_at(t, i))
                return at;
    }
    Py_ssize_t end = word_end(t, digits);
    while (end < n) {
        Py_ssize_t mark = end;
        while (mark < n && mark - end < 2 && CH(t, mark) < 128 && CHAIN_MARK[CH(t, mark)])
            mark++;
        Py_ssize_t stop = word_end(t, mark);
        int digit = 0;
        for (Py_ssize_t i = mark; i < stop; i++)
            if (48 <= CH(t, i) && CH(t, i) <= 57) {
                digit = 1;
                break;
            }
        if (mark == end || !digit)
            break;
        end = stop;
    }
    while (end + 1 < n && CH(t, end) == 46 && letter_at(t, end + 1))
        end = word_end(t, end + 2);
    if (end + 1 < n && CH(t, end) == 58 && letter_at(t, end + 1))
        return at;
    return end;
}

static Py_ssize_t
quoted_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    if (at < 2 || at >= n || CH(t, at - 1) != 34)
        return at;
    Py_UCS4 mark = CH(t, at - 2);
    if (mark == 32) {
        if (at >= 3 && (CH(t, at - 3) == 93 || CH(t, at - 3) == 44))
            return at;
    } else if (!(mark == 58 || mark == 61 || mark == 62 || mark == 40)) {
        return at;
    }
    if (mark == 61) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(KEY_EQUALS_QUOTE); i++) {
            PyObject *form = PyTuple_GET_ITEM(KEY_EQUALS_QUOTE, i);
            if (ends_with(t, at, form)) {
                Py_ssize_t stem = at - PyUnicode_GET_LENGTH(form) - 1;
                if (stem < 0 || !(CH(t, stem) < 128 && 1 <= PREFIX_CLASS[CH(t, stem)] && PREFIX_CLASS[CH(t, stem)] <= 3))
                    return at;
            }
        }
    } else if (mark == 58 || mark == 32) {
        PyObject *forms = mark == 58 ? JSON_KEY_QUOTE : JSON_KEY_SPACE_QUOTE;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(forms); i++)
            if (ends_with(t, at, PyTuple_GET_ITEM(forms, i)))
                return at;
    }
    Py_UCS4 c = CH(t, at);
    if (65 <= c && c <= 90) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(METHODS_SPACED); i++) {
            PyObject *method = PyTuple_GET_ITEM(METHODS_SPACED, i);
            Py_ssize_t size = PyUnicode_GET_LENGTH(method);
            if (at + size <= n && ends_with(t, at + size, method))
                return at;
        }
    }
    if (49 <= c && c <= 53 && at + 2 < n && CH(t, at + 1) == 120 && CH(t, at + 2) == 120)
        return at;
    if ((c < 128 && CLOSING_SPACE[c]) && (at + 1 == n || in_table(WHITESPACE, CH(t, at + 1))))
        return at;
    Py_ssize_t end = at;
    long units = 0;
    while (end < n && units < 200) {
        c = CH(t, end);
        if (c == 34 || c == 10)
            break;
        if (c == 92) {
            if (end + 1 == n || CH(t, end + 1) == 10)
                break;
            end++;
        }
        end++;
        units++;
    }
    if (end == n || CH(t, end) != 34)
        return at;
    if (end + 1 < n) {
        c = CH(t, end + 1);
        if (c == 39 || c == 34 || c == 58 || (c < 128 && 1 <= PREFIX_CLASS[c] && PREFIX_CLASS[c] <= 2))
            return at;
    }
    return end;
}

static int
ends_with_method(const Text *t, Py_ssize_t at)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(METHODS_SPACED); i++)
        if (ends_with(t, at, PyTuple_GET_ITEM(METHODS_SPACED, i)))
            return 1;
    return 0;
}

static Py_ssize_t
path_end(const Text *t, Py_ssize_t at)
{
    Py_ssize_t n = t->n;
    if (at) {
        Py_UCS4 p = CH(t, at - 1);
        if (p == 47 || p == 126 || (p < 128 && 1 <= PREFIX_CLASS[p] && PREFIX_CLASS[p] <= 3))
            return at;
        if (p == 32 && ends_with_method(t, at))
            return at;
    }
    Py_ssize_t end = at;
    long names = 0;
    while (end + 1 < n && CH(t, end) == 47 && (bits_at(t, end + 1) & IN_PATH_NAME)) {
        end += 2;
        while (end < n && (bits_at(t, end) & IN_PATH_NAME))
            end++;
        names++;
    }
    if (names < 2)
        return at;
    if (end < n) {
        Py_UCS4 c = CH(t, end);
        if (c == 47)
            return end + 1;
        if (c == 32) {
            Py_ssize_t after = end;
            for (int k = 0; k < 3; k++) {
                if (after == n || CH(t, after) != 32)
                    break;
                after++;
                Py_ssize_t start = after;
                while (after < n && CH(t, after) < 128 && PATH_WORD_CHARS[CH(t, after)])
                    after++;
                if (after == start)
                    break;
                if (after < n && (CH(t, after) == 47 || CH(t, after) == 46))
                    return at;
            }
        }
    }
    return end;
}

/* Appends text[done:at] and the wildcard; -1 on an error. */
static int
append_value(PyObject *parts, const Text *t, Py_ssize_t done, Py_ssize_t at)
{
    PyObject *before = PyUnicode_Substring(t->text, done, at);
    if (before == NULL)
        return -1;
    int failed = PyList_Append(parts, before);
    Py_DECREF(before);
    if (failed || PyList_Append(parts, WILDCARD_STR))
        return -1;
    return 0;
}

static PyObject *
engine_sub(PyObject *text)
{
    PyObject *args[2] = {WILDCARD_STR, text};
    return PyObject_Vectorcall(MASK_SUB, args, 2, NULL);
}

/* masking._scanned_values, line for line (its comments say why each step is right). */
static PyObject *
scanned_values(PyObject *text)
{
    Text tt = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), text};
    const Text *t = &tt;
    Py_ssize_t n = t->n, done = 0, at = 0;
    int before = 0;
    PyObject *parts = NULL;
#define APPEND(START)                                                \
    do {                                                             \
        if (parts == NULL && (parts = PyList_New(0)) == NULL)        \
            goto failed;                                             \
        if (append_value(parts, t, done, (START)) < 0)               \
            goto failed;                                             \
    } while (0)
#define CHECK_ERROR()              \
    do {                           \
        if (PyErr_Occurred())      \
            goto failed;           \
    } while (0)
    while (at < n) {
        Py_UCS4 c = CH(t, at);
        int kind = prefix_class(c);
        if (before == 5 && at >= 2) {
            Py_UCS4 p = CH(t, at - 2);
            if (p < 128 && (PREFIX_CLASS[p] == 1 || PREFIX_CLASS[p] == 2 || ((p == 34 || p == 39) && CH(t, at - 1) != 96))) {
                before = 4;
            } else if ((p == 123 || p == 44 || (p == 32 && at >= 3 && CH(t, at - 3) == 44))
                       && (CH(t, at - 1) == 34 && json_key_at(t, at))) {
                before = 4;
            } else if (CH(t, at - 1) == 34 && in_table(CLOSING_MARKS, CH(t, at - 2))) {
                before = 4;
            } else if ((p == 61 || p == 58 || p == 32) && after_message_key(t, at)) {
                before = 4;
            }
            CHECK_ERROR();
        }
        int is_free = before != 5 && (at == 0 || CH(t, at - 1) != 63);
        Py_ssize_t end;
        if (c == 45) {
            if (1 <= before && before <= 3 && CH(t, at - 1) != 95) {
                before = 3;
                at++;
                continue;
            }
            if (is_free && (at + 1 == n || !(48 <= CH(t, at + 1) && CH(t, at + 1) <= 57))) {
                before = 3;
                at++;
                continue;
            }
        } else if (kind != 2 || c == 95) {
            if (1 <= before && before <= 3) {
                before = kind;
                at++;
                continue;
            }
            if (kind >= 4 && before != 5) {
                before = kind;
                at++;
                continue;
            }
            if (kind == 0 && is_free && starts_nothing(t, at, c)) {
                before = 0;
                at++;
                continue;
            }
            if (c == 46 && is_free) {
                int may = dotted_name_may_match(t, at);
                CHECK_ERROR();
                if (!may) {
                    before = 3;
                    at++;
                    continue;
                }
            }
            if (kind == 1 && is_free) {
                end = at + 1;
                while (end < n) {
                    c = CH(t, end);
                    if (c >= 128 || PREFIX_CLASS[c] != 1)
                        break;
                    end++;
                }
                Py_ssize_t size = end - at;
                c = CH(t, at);
                int named;
                if (c <= 90) {
                    named = size >= 3 && NAMED_PAIRS[c * 128 + CH(t, at + 1)] == 1
                        && (slice_in(t, at, at + 3, &W_NAMED_START)
                            || ((size == 4 || size == 5) && slice_in(t, at, end, &W_NAMED_WHOLE)));
                } else {
                    named = (size == 3 || size == 4 || size == 5 || size == 9)
                        && (c == 116 || c == 102 || c == 110 || c == 108)
                        && slice_in(t, at, end, &W_NAMED_WHOLE);
                }
                CHECK_ERROR();
                if (!named) {
                    if (end == n) {
                        at = end;
                        break;
                    }
                    c = CH(t, end);
                    int ends_word = !((c < 128 && 2 <= PREFIX_CLASS[c] && PREFIX_CLASS[c] <= 3) || c == 58 || c == 64
                                      || c == 36 || c == 92 || c == 47 || c == 91)
                        || ((c == 46 || c == 58) && (end + 1 == n || in_table(WHITESPACE, CH(t, end + 1))))
                        || (c == 91 && !numbers_listed(t, end))
                        || (c == 95 && !random_id_at(t, at, end))
                        || (c == 45 && !dashed_word_goes_on(t, at, end))
                        || (c == 58 && !colon_goes_on(t, at, end))
                        || (c == 46 && !dotted_name_may_match(t, at))
                        || (c == 47 && !dot_in_path(t, end));
                    CHECK_ERROR();
                    if (ends_word) {
                        at = end;
                        before = 1;
                        continue;
                    }
                    if (c == 58 && end + 2 < n && CH(t, end + 1) == 47 && CH(t, end + 2) == 47) {
                        end = url_end(t, end + 3);
                        APPEND(at);
                        done = at = end;
                        c = CH(t, end - 1);
                        before = prefix_class(c);
                        continue;
                    }
                    if ((48 <= c && c <= 57) || c == 45) {
                        end = word_number_end(t, at);
                        CHECK_ERROR();
                        if (end > at) {
                            APPEND(at);
                            done = at = end;
                            before = prefix_class(CH(t, end - 1));
                            continue;
                        }
                    }
                }
            }
        } else if (is_free && !(1 <= before && before <= 3)) {
            end = number_end(t, at);
            CHECK_ERROR();
            if (end == at) {
                end = chain_end(t, at);
                CHECK_ERROR();
            }
            if (end > at) {
                APPEND(at);
                done = at = end;
                before = prefix_class(CH(t, end - 1));
                continue;
            }
        }
        if (before == 5 && c != 34) {
            end = quoted_end(t, at);
            if (end > at) {
                APPEND(at);
                done = at = end;
                c = CH(t, end - 1);
                before = prefix_class(c);
                continue;
            }
        }
        if (c == 47 && is_free) {
            end = path_end(t, at);
            if (end > at) {
                APPEND(at);
                done = at = end;
                c = CH(t, end - 1);
                before = prefix_class(c);
                continue;
            }
        }
        end = match_end(MASK_MATCH, t, at);
        if (end == -2)
            goto failed;
        if (end == -1) {
            before = kind;
            at++;
            continue;
        }
        if (end == at) {
            Py_XDECREF(parts);
            return engine_sub(text);
        }
        APPEND(at);
        done = at = end;
        c = CH(t, end - 1);
        before = prefix_class(c);
    }
#undef APPEND
#undef CHECK_ERROR
    if (parts == NULL) {
        Py_INCREF(text);
        return text;
    }
    {
        PyObject *rest = PyUnicode_Substring(text, done, n);
        if (rest == NULL)
            goto failed;
        int failed_append = PyList_Append(parts, rest);
        Py_DECREF(rest);
        if (failed_append)
            goto failed;
        PyObject *empty = PyUnicode_New(0, 0);
        if (empty == NULL)
            goto failed;
        PyObject *joined = PyUnicode_Join(empty, parts);
        Py_DECREF(empty);
        Py_DECREF(parts);
        return joined;
    }
failed:
    Py_XDECREF(parts);
    return NULL;
}

static PyObject *
lexer_mask_values(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "mask_values() takes a str");
        return NULL;
    }
    if (configured == 0)
        configured = configure() < 0 ? -1 : 1;
    if (configured < 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "_lexer could not read masking's tables");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    return scanned_values(text);
}

static PyMethodDef lexer_methods[] = {
    {"split", lexer_split, METH_O,
     "split(text) -> (tokens, spaced, marks): tokens._split's cut of a masked text."},
    {"mask_values", lexer_mask_values, METH_O,
     "mask_values(text) -> str: masking._scanned_values (the compiled mask_values), in C."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef lexer_module = {
    PyModuleDef_HEAD_INIT, "otlp_sampler.patterns._lexer",
    "The miner's lexer in C (docs/patterns.md § Speed, round 37): tokens._split, exactly.", -1,
    lexer_methods,
};

PyMODINIT_FUNC
PyInit__lexer(void)
{
    init_tables();
    return PyModule_Create(&lexer_module);
}
