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

/* Appends text[start:end] and its spaced flag; 0 on success, -1 on an error set. */
static inline int
append_token(PyObject *text, Py_ssize_t start, Py_ssize_t end, int space, PyObject *out, PyObject *spaced)
{
    PyObject *token = PyUnicode_Substring(text, start, end);
    if (token == NULL)
        return -1;
    int failed = PyList_Append(out, token);
    Py_DECREF(token);
    if (failed)
        return -1;
    return PyList_Append(spaced, space ? Py_True : Py_False);
}

/* The loop of tokens._split over a str of one character width (CHAR: Py_UCS1, 2 or 4);
 * every read is at an index below n. */
#define SPLIT_LOOP(CHAR)                                                                     \
    static int split_##CHAR(PyObject *text, const CHAR *s, Py_ssize_t n, PyObject *out,     \
                            PyObject *spaced, long *marks_out)                               \
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
            if (append_token(text, start, i, space, out, spaced) < 0)                        \
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
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "split() takes a str");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    PyObject *spaced = PyList_New(0);
    if (out == NULL || spaced == NULL)
        goto failed;
    long marks = 0;
    int result;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        result = split_Py_UCS1(text, PyUnicode_1BYTE_DATA(text), n, out, spaced, &marks);
        break;
    case PyUnicode_2BYTE_KIND:
        result = split_Py_UCS2(text, PyUnicode_2BYTE_DATA(text), n, out, spaced, &marks);
        break;
    default:
        result = split_Py_UCS4(text, PyUnicode_4BYTE_DATA(text), n, out, spaced, &marks);
        break;
    }
    if (result < 0)
        goto failed;
    PyObject *number = PyLong_FromLong(marks);
    if (number == NULL)
        goto failed;
    PyObject *triple = PyTuple_New(3);
    if (triple == NULL) {
        Py_DECREF(number);
        goto failed;
    }
    PyTuple_SET_ITEM(triple, 0, out);
    PyTuple_SET_ITEM(triple, 1, spaced);
    PyTuple_SET_ITEM(triple, 2, number);
    return triple;
failed:
    Py_XDECREF(out);
    Py_XDECREF(spaced);
    return NULL;
}

static PyMethodDef lexer_methods[] = {
    {"split", lexer_split, METH_O,
     "split(text) -> (tokens, spaced, marks): tokens._split's cut of a masked text."},
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
