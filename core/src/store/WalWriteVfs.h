#pragma once
// An SQLite VFS shim that coalesces the writes of a write-ahead log (DESIGN.md §Store).
// SQLite writes each WAL frame as two pwrite() calls (24-byte header, then the page), so a
// commit that dirties N pages costs 2N system calls; on a virtual machine those calls are a
// large share of ingest CPU (docs/PERFORMANCE.md). This VFS gathers a connection's consecutive
// WAL writes in memory and hands them to the kernel in one write, before anything could need
// them on disk or in the file: before xSync, xRead, xFileSize, xTruncate and xClose of the WAL,
// and at the shared-memory barrier SQLite raises while publishing a commit in the wal-index (so
// readers never see a frame that is not yet in the file, whatever `synchronous` is). Every
// other call goes to the platform's default VFS unchanged.

namespace roost::store {

/// Registers the VFS (once, thread-safe) and returns its name for sqlite3_open_v2, or nullptr
/// when registration failed (then the default VFS is used).
const char* walWriteVfsName();

} // namespace roost::store
