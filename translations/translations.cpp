// Placeholder translation unit; the .ts files are compiled in by qt_add_translations.
namespace bb {
int translationsAnchor() { return 0; }
} // namespace bb
