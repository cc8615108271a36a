#include "store/WalWriteVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace roost::store {

namespace {

constexpr size_t kMaxBuffered = 4 << 20; // bytes gathered before a write is forced

sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_walMethods;
sqlite3_io_methods g_mainMethods;
bool g_methodsReady = false;

/// Our file object: the base VFS's file follows it in the same allocation (szOsFile).
struct ShimFile {
    sqlite3_file base;     // pMethods -> g_walMethods / g_mainMethods
    sqlite3_file* real;    // the base VFS's file, right after this struct
    bool wal = false;
    std::string* buffer;   // pending WAL bytes (wal files only)
    sqlite3_int64 bufferStart = 0;
    int failed = SQLITE_OK; // a failed flush, reported by every later call until the file closes
};

// The WAL file with pending bytes on this thread: each connection lives on one thread, and a
// commit's frames and its wal-index update happen on the connection's thread.
thread_local ShimFile* t_pending = nullptr;

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

// The unix VFS writes at most 0x1ffff bytes per call (and reports a multiple of 128 KiB as a
// full disk), so the gathered bytes go out in pieces just under that.
constexpr size_t kWritePiece = 0x1f000;

int flush(ShimFile* f) {
    if (f->failed != SQLITE_OK) return f->failed;
    if (!f->buffer || f->buffer->empty()) return SQLITE_OK;
    int rc = SQLITE_OK;
    for (size_t done = 0; done < f->buffer->size() && rc == SQLITE_OK; done += kWritePiece) {
        const size_t piece = std::min(kWritePiece, f->buffer->size() - done);
        rc = f->real->pMethods->xWrite(f->real, f->buffer->data() + done, int(piece),
                                       f->bufferStart + sqlite3_int64(done));
    }
    f->buffer->clear();
    if (t_pending == f) t_pending = nullptr;
    // SQLite must not take later calls as success (say, an xSync after a failed write at the
    // wal-index barrier): the error sticks to this file.
    f->failed = rc;
    return rc;
}

int walWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    if (f->failed != SQLITE_OK) return f->failed;
    std::string& buf = *f->buffer;
    const sqlite3_int64 end = f->bufferStart + sqlite3_int64(buf.size());
    if (!buf.empty() && offset >= f->bufferStart && offset + amount <= end) {
        std::memcpy(buf.data() + (offset - f->bufferStart), data, size_t(amount)); // a frame rewritten in place
        return SQLITE_OK;
    }
    if (!buf.empty() && (offset != end || buf.size() + size_t(amount) > kMaxBuffered)) {
        if (const int rc = flush(f); rc != SQLITE_OK) return rc;
    }
    if (buf.empty()) f->bufferStart = offset;
    buf.append(static_cast<const char*>(data), size_t(amount));
    if (t_pending && t_pending != f) flush(t_pending);
    t_pending = f;
    return SQLITE_OK;
}

int walRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    if (const int rc = flush(f); rc != SQLITE_OK) return rc;
    return f->real->pMethods->xRead(f->real, data, amount, offset);
}

int walSync(sqlite3_file* file, int flags) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    if (const int rc = flush(f); rc != SQLITE_OK) return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int walTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    if (const int rc = flush(f); rc != SQLITE_OK) return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int walFileSize(sqlite3_file* file, sqlite3_int64* size) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    if (const int rc = flush(f); rc != SQLITE_OK) return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int shimClose(sqlite3_file* file) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    int rc = flush(f);
    if (t_pending == f) t_pending = nullptr;
    delete f->buffer;
    f->buffer = nullptr;
    const int closed = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    return rc != SQLITE_OK ? rc : closed;
}

// Published frames must be in the file before the wal-index header that makes them visible.
void mainShmBarrier(sqlite3_file* file) {
    if (t_pending) flush(t_pending);
    sqlite3_file* real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

// Pass-through methods.
int pRead(sqlite3_file* f, void* d, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), d, n, o); }
int pWrite(sqlite3_file* f, const void* d, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xWrite(realOf(f), d, n, o); }
int pTruncate(sqlite3_file* f, sqlite3_int64 s) { return realOf(f)->pMethods->xTruncate(realOf(f), s); }
int pSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int pFileSize(sqlite3_file* f, sqlite3_int64* s) { return realOf(f)->pMethods->xFileSize(realOf(f), s); }
int pLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int pUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int pCheckReservedLock(sqlite3_file* f, int* r) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r); }
int pFileControl(sqlite3_file* f, int op, void* a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int pSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int pDeviceCharacteristics(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int pShmMap(sqlite3_file* f, int i, int sz, int e, void volatile** p) { return realOf(f)->pMethods->xShmMap(realOf(f), i, sz, e, p); }
int pShmLock(sqlite3_file* f, int o, int n, int fl) { return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl); }
int pShmUnmap(sqlite3_file* f, int d) { return realOf(f)->pMethods->xShmUnmap(realOf(f), d); }
int pFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return realOf(f)->pMethods->xFetch(realOf(f), o, n, p); }
int pUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

/// Builds our method tables from the base file's (version 3: shm and mmap included).
void prepareMethods(const sqlite3_io_methods* real) {
    if (g_methodsReady) return;
    sqlite3_io_methods m{};
    m.iVersion = real->iVersion;
    m.xClose = shimClose;
    m.xRead = pRead;
    m.xWrite = pWrite;
    m.xTruncate = pTruncate;
    m.xSync = pSync;
    m.xFileSize = pFileSize;
    m.xLock = pLock;
    m.xUnlock = pUnlock;
    m.xCheckReservedLock = pCheckReservedLock;
    m.xFileControl = pFileControl;
    m.xSectorSize = pSectorSize;
    m.xDeviceCharacteristics = pDeviceCharacteristics;
    if (real->iVersion >= 2) {
        m.xShmMap = pShmMap;
        m.xShmLock = pShmLock;
        m.xShmBarrier = mainShmBarrier;
        m.xShmUnmap = pShmUnmap;
    }
    if (real->iVersion >= 3) {
        m.xFetch = pFetch;
        m.xUnfetch = pUnfetch;
    }
    g_mainMethods = m;
    m.xRead = walRead;
    m.xWrite = walWrite;
    m.xTruncate = walTruncate;
    m.xSync = walSync;
    m.xFileSize = walFileSize;
    g_walMethods = m;
    g_methodsReady = true;
}

int shimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* f = reinterpret_cast<ShimFile*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->buffer = nullptr;
    f->bufferStart = 0;
    f->failed = SQLITE_OK;
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    file->pMethods = nullptr;
    const int rc = g_base->xOpen(g_base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) return rc;
    {
        static std::mutex mutex;
        std::lock_guard lock(mutex);
        prepareMethods(f->real->pMethods);
    }
    if (f->wal) f->buffer = new std::string();
    file->pMethods = f->wal ? &g_walMethods : &g_mainMethods;
    return SQLITE_OK;
}

int vDelete(sqlite3_vfs*, const char* n, int s) { return g_base->xDelete(g_base, n, s); }
int vAccess(sqlite3_vfs*, const char* n, int f, int* r) { return g_base->xAccess(g_base, n, f, r); }
int vFullPathname(sqlite3_vfs*, const char* n, int sz, char* out) { return g_base->xFullPathname(g_base, n, sz, out); }
void* vDlOpen(sqlite3_vfs*, const char* n) { return g_base->xDlOpen(g_base, n); }
void vDlError(sqlite3_vfs*, int n, char* m) { g_base->xDlError(g_base, n, m); }
void (*vDlSym(sqlite3_vfs*, void* h, const char* s))(void) { return g_base->xDlSym(g_base, h, s); }
void vDlClose(sqlite3_vfs*, void* h) { g_base->xDlClose(g_base, h); }
int vRandomness(sqlite3_vfs*, int n, char* out) { return g_base->xRandomness(g_base, n, out); }
int vSleep(sqlite3_vfs*, int us) { return g_base->xSleep(g_base, us); }
int vCurrentTime(sqlite3_vfs*, double* t) { return g_base->xCurrentTime(g_base, t); }
int vGetLastError(sqlite3_vfs*, int n, char* m) { return g_base->xGetLastError(g_base, n, m); }
int vCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* t) { return g_base->xCurrentTimeInt64(g_base, t); }

const char* registerVfs() {
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2) return nullptr;
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "roost-wal";
    g_vfs.xOpen = shimOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK ? g_vfs.zName : nullptr;
}

} // namespace

const char* walWriteVfsName() {
    static const char* name = registerVfs();
    return name;
}

} // namespace roost::store
