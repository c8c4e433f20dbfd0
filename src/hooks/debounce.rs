//! Running the latest of a burst of jobs once the requests pause.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;

/// Runs the latest of a burst of jobs once the requests pause: a request only replaces the
/// pending job, and no timer is cleared or set per request (each costs calls into JavaScript
/// and a closure, on every keystroke). The one timer, when it fires, waits once more if a newer
/// request came in meanwhile, so a job runs between one and two delays after the last request.
#[derive(Default)]
pub struct Debounce(Rc<RefCell<Pending>>);

#[derive(Default)]
struct Pending {
    job: Option<Box<dyn FnOnce()>>,
    /// A request came in since the timer was set.
    newer: bool,
    timer: Option<Timeout>,
}

impl Debounce {
    /// Runs `job` after `ms` without a newer request (which replaces it).
    pub fn request(&self, ms: u32, job: impl FnOnce() + 'static) {
        let mut p = self.0.borrow_mut();
        p.job = Some(Box::new(job));
        if p.timer.is_some() {
            p.newer = true;
        } else {
            p.timer = Some(Self::arm(&self.0, ms));
        }
    }

    fn arm(pending: &Rc<RefCell<Pending>>, ms: u32) -> Timeout {
        let pending = pending.clone();
        Timeout::new(ms, move || {
            let mut p = pending.borrow_mut();
            if std::mem::take(&mut p.newer) {
                p.timer = Some(Self::arm(&pending, ms));
                return;
            }
            p.timer = None;
            let job = p.job.take();
            drop(p);
            if let Some(job) = job {
                job();
            }
        })
    }

    /// Drops the pending job, if any (its timer may still fire, and finds nothing to do).
    pub fn cancel(&self) {
        let mut p = self.0.borrow_mut();
        p.job = None;
        p.newer = false;
    }
}

impl Drop for Debounce {
    fn drop(&mut self) {
        let mut p = self.0.borrow_mut();
        p.job = None;
        // The timer's callback holds the state: cancelling the timer ends that cycle.
        p.timer = None;
    }
}
