#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Foundation also imports ICU; two definitions of UErrorCode break the module. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects the global function pointer xmlFree as not concurrency-safe. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
/* Silence libxml2's generic error printer (it writes to stderr). */
static inline void clibxml2_silence(void) { xmlSetGenericErrorFunc(NULL, NULL); }
#endif
