//! `dict`: insertion-ordered hash map with Python's key semantics.
//!
//! Hand-written (CPython's `Objects/dictobject.c` design: a dense entry vector in
//! insertion order plus a hash index) because key equality may run Python code
//! (`__eq__`), which can raise or mutate the dict; no crate map supports fallible,
//! re-entrant comparisons. The index is `hashbrown::HashTable<u32>` of entry
//! positions. Lookups first try comparisons that need no Python code (identity,
//! str/int/float/tuple-of-those equality); only then, with no borrow held, call
//! `__eq__`, and restart if the dict changed meanwhile.
//!
//! The keys version (CPython's `dk_version`) identifies the current set of keys: it
//! is assigned lazily, from a process-wide counter, when a cache of the specializing
//! interpreter asks for it, and reset by every insertion of a new key and every
//! deletion. A cache that stored version `v` and an entry index is valid while the
//! dict still reports `v`, so `LOAD_GLOBAL` costs no hashing.

use std::cell::{Cell, RefCell};

use hashbrown::HashTable;

use crate::errors::PyResult;
use crate::protocol::hash::fast_eq;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone)]
struct Entry {
    hash: i64,
    /// NULL marks a deleted entry.
    key: Value,
    value: Value,
}

#[derive(Default)]
pub struct DictInner {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    len: usize,
}

#[derive(Default)]
pub struct DictData {
    inner: RefCell<DictInner>,
    /// Keys version for caches (0: none assigned since the keys last changed).
    keys_version: Cell<u64>,
    /// Counts key-set changes (wrapping), to detect mutation during `__eq__`.
    mutations: Cell<u32>,
}

/// A fresh, process-unique version number (dict keys versions, class version tags).
pub(crate) fn next_version() -> u64 {
    thread_local!(static V: Cell<u64> = const { Cell::new(1) });
    V.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

pub enum Probe {
    Found(usize),
    Missing,
    /// Candidates whose equality needs Python code: (entry position, key).
    Slow(Vec<(usize, Value)>),
}

impl DictInner {
    fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mut slow = Vec::new();
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&i| {
            let e = &entries[i as usize];
            if e.hash != hash || e.key.is_null() {
                return false;
            }
            if e.key.is(key) {
                return true;
            }
            match fast_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    slow.push((i as usize, e.key.clone()));
                    false
                }
            }
        });
        match found {
            Some(&i) => Probe::Found(i as usize),
            None if slow.is_empty() => Probe::Missing,
            None => Probe::Slow(slow),
        }
    }

    fn rehash_index(&mut self) {
        let mut index = HashTable::with_capacity(self.len);
        let mut live = Vec::with_capacity(self.len);
        for e in self.entries.drain(..) {
            if !e.key.is_null() {
                let pos = live.len() as u32;
                let h = e.hash as u64;
                live.push(e);
                index.insert_unique(h, pos, |_| h);
            }
        }
        // `insert_unique`'s hasher is only used on growth; recompute properly instead.
        let mut index2: HashTable<u32> = HashTable::with_capacity(live.len());
        for (pos, e) in live.iter().enumerate() {
            index2.insert_unique(e.hash as u64, pos as u32, |&p| live[p as usize].hash as u64);
        }
        drop(index);
        self.entries = live;
        self.index = index2;
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            inner: RefCell::new(DictInner::default()),
            keys_version: Cell::new(0),
            mutations: Cell::new(0),
        }
    }

    pub fn with_capacity(n: usize) -> DictData {
        let d = DictData::new();
        {
            let mut inner = d.inner.borrow_mut();
            inner.entries.reserve(n);
            inner.index.reserve(n, |_| 0);
        }
        d
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().len
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The keys version, assigned now if the keys changed since it was last asked.
    pub fn keys_version(&self) -> u64 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = next_version();
        self.keys_version.set(v);
        v
    }
    /// The keys version a cache compares with (0 never matches a cached version).
    #[inline(always)]
    pub fn current_keys_version(&self) -> u64 {
        self.keys_version.get()
    }
    fn bump(&self) {
        self.keys_version.set(0);
        self.mutations.set(self.mutations.get().wrapping_add(1));
    }

    /// Find the entry position of `key`, running `__eq__` when needed.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        loop {
            let probe = self.inner.borrow().probe(key, hash);
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Slow(cands) => {
                    let version = self.mutations.get();
                    let entries_len = self.inner.borrow().entries.len();
                    let mut restart = false;
                    for (pos, cand) in cands {
                        let eq = vm.eq(&cand, key)?;
                        let inner = self.inner.borrow();
                        let unchanged =
                            self.mutations.get() == version && inner.entries.len() == entries_len;
                        if !unchanged || !inner.entries[pos].key.is(&cand) {
                            restart = true;
                            break;
                        }
                        if eq {
                            return Ok(Some(pos));
                        }
                    }
                    if !restart {
                        return Ok(None);
                    }
                }
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self
            .find(vm, key, hash)?
            .map(|i| self.inner.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    /// Lookup by a `str` key without running Python code (namespaces, attributes).
    pub fn get_str(&self, _vm: &Vm, key: &Value) -> Option<Value> {
        let pos = self.position_of_str(key)?;
        Some(self.inner.borrow().entries[pos].value.clone())
    }

    /// Entry position of a `str` key, comparing by identity first, then by content.
    /// Also used by caches that re-read the value while the keys version is unchanged.
    pub fn position_of_str(&self, key: &Value) -> Option<usize> {
        let s = key.downcast_ref::<StrData>()?;
        let hash = s.hash();
        let inner = self.inner.borrow();
        let entries = &inner.entries;
        inner
            .index
            .find(hash as u64, |&i| {
                let e = &entries[i as usize];
                e.hash == hash
                    && (e.key.is(key)
                        || e.key
                            .downcast_ref::<StrData>()
                            .is_some_and(|k| k.as_str() == s.as_str()))
            })
            .map(|&i| i as usize)
    }

    /// The value at entry position `pos` (None if deleted or out of range).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<Value> {
        let inner = self.inner.borrow();
        let e = inner.entries.get(pos)?;
        if e.key.is_null() {
            None
        } else {
            Some(e.value.clone())
        }
    }

    /// Insert or replace `key` (a `str`) without running Python code.
    pub fn set_str(&self, key: Value, value: Value) {
        let hash = key
            .downcast_ref::<StrData>()
            .map(|s| s.hash())
            .expect("set_str takes a str");
        match self.position_of_str(&key) {
            Some(i) => {
                let old = std::mem::replace(&mut self.inner.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => {
                Self::insert_new(&mut self.inner.borrow_mut(), hash, key, value);
                self.bump();
            }
        }
    }

    fn insert_new(inner: &mut DictInner, hash: i64, key: Value, value: Value) {
        let pos = inner.entries.len() as u32;
        inner.entries.push(Entry { hash, key, value });
        inner.len += 1;
        let DictInner { entries, index, .. } = inner;
        index.insert_unique(hash as u64, pos, |&p| entries[p as usize].hash as u64);
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Some(i) => {
                let old = std::mem::replace(&mut self.inner.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => {
                Self::insert_new(&mut self.inner.borrow_mut(), hash, key, value);
                self.bump();
            }
        }
        Ok(())
    }

    /// Remove `key`, returning its value (None when absent).
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let Some(pos) = self.find(vm, key, hash)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(pos)))
    }

    /// Remove a `str` key without running Python code.
    pub fn remove_str(&self, _vm: &Vm, key: &Value) -> Option<Value> {
        let pos = self.position_of_str(key)?;
        Some(self.remove_at(pos))
    }

    fn remove_at(&self, pos: usize) -> Value {
        let (key, value) = {
            let mut inner = self.inner.borrow_mut();
            let hash = inner.entries[pos].hash;
            if let Ok(slot) = inner.index.find_entry(hash as u64, |&p| p as usize == pos) {
                slot.remove();
            }
            let e = &mut inner.entries[pos];
            let key = std::mem::replace(&mut e.key, Value::NULL);
            let value = std::mem::replace(&mut e.value, Value::NULL);
            inner.len -= 1;
            if inner.entries.len() > 16 && inner.len * 2 < inner.entries.len() {
                inner.rehash_index();
            } else if inner.len == 0 {
                inner.entries.clear();
            }
            (key, value)
        };
        self.bump();
        drop(key);
        value
    }

    /// Remove and return the last inserted item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let pos = {
            let inner = self.inner.borrow();
            inner.entries.iter().rposition(|e| !e.key.is_null())?
        };
        let key = self.inner.borrow().entries[pos].key.clone();
        let value = self.remove_at(pos);
        Some((key, value))
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Snapshot of the keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// Entries with their hashes (for copying without rehashing).
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The item at entry position `pos` or later, for iterators: (next position, key, value).
    pub fn item_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            let e = &inner.entries[p];
            if !e.key.is_null() {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn copy(&self) -> DictData {
        let d = DictData::new();
        {
            let src = self.inner.borrow();
            let mut inner = d.inner.borrow_mut();
            for e in src.entries.iter().filter(|e| !e.key.is_null()) {
                Self::insert_new(&mut inner, e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }
}

/// What a dict view or dict iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `dict_keys` / `dict_values` / `dict_items` views.
pub struct DictViewData {
    pub dict: Value,
    pub kind: ViewKind,
}
