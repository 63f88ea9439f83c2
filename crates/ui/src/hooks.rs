//! Hooks shared by the components: work that can wait until the browser has
//! painted what the reader is looking at.

use crate::catch_up::{arrange, Part};
use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = requestIdleCallback)]
    fn request_idle_callback(callback: &js_sys::Function, options: &js_sys::Object) -> u32;
    #[wasm_bindgen(js_name = cancelIdleCallback)]
    fn cancel_idle_callback(handle: u32);
    /// What an idle callback is given: how long the idle period lasts.
    type IdleDeadline;
    #[wasm_bindgen(method, js_name = timeRemaining)]
    fn time_remaining(this: &IdleDeadline) -> f64;
}

/// How long work given an idle period may run, in milliseconds: an idle
/// period lasts up to 50 ms, and a key pressed meanwhile waits for the end
/// of it. Also what the fallback timeout (no `requestIdleCallback`) gives.
const IDLE_SLICE_MS: f64 = 8.0;

/// Work waiting for an idle period runs within this long all the same, in
/// milliseconds: a page busy all the time (animations, say) has none, and
/// sections still showing a previous search would stay.
const IDLE_TIMEOUT_MS: f64 = 1000.0;

/// How long a slice of work something on screen waits for runs before the
/// browser has the main thread back (a key press waits at most that long).
const URGENT_SLICE_MS: f64 = 12.0;

/// Milliseconds, for time budgets (`Date.now()`: whole milliseconds are
/// enough, and it needs no `window`).
fn now() -> f64 {
    js_sys::Date::now()
}

/// Whether work started now may go on: for `ms` milliseconds.
fn budget(ms: f64) -> impl Fn() -> bool {
    let end = now() + ms;
    move || now() < end
}

/// A callback waiting for the browser to be idle; dropping it cancels it.
enum Idle {
    Callback(
        u32,
        #[allow(dead_code, reason = "held for the browser to call")]
        Closure<dyn FnMut(IdleDeadline)>,
    ),
    /// Where there is no `requestIdleCallback` (Safari): a timeout.
    #[allow(dead_code, reason = "held only to be dropped")]
    Timeout(Timeout),
}

impl Drop for Idle {
    fn drop(&mut self) {
        if let Idle::Callback(handle, _) = self {
            cancel_idle_callback(*handle);
        }
    }
}

/// Runs `f` when the browser has nothing more urgent to do: after pending
/// input, timers and frames (`requestIdleCallback`), or after
/// [`IDLE_TIMEOUT_MS`] if no idle period comes. `f` is given whether
/// it may go on: the idle period has time left, and `f` has run for less
/// than [`IDLE_SLICE_MS`].
fn when_idle(f: impl FnOnce(&dyn Fn() -> bool) + 'static) -> Idle {
    let available =
        js_sys::Reflect::has(&js_sys::global(), &"requestIdleCallback".into()).unwrap_or(false);
    if !available {
        return Idle::Timeout(Timeout::new(0, move || f(&budget(IDLE_SLICE_MS))));
    }
    let closure: Closure<dyn FnMut(IdleDeadline)> = Closure::once(move |deadline: IdleDeadline| {
        let within = budget(IDLE_SLICE_MS);
        f(&|| deadline.time_remaining() > 0.0 && within())
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_TIMEOUT_MS.into());
    let handle = request_idle_callback(closure.as_ref().unchecked_ref(), &options);
    Idle::Callback(handle, closure)
}

/// What a scheduled callback is waiting for; dropping it cancels the callback.
#[allow(dead_code, reason = "the handles are held only to be dropped")]
enum Pending {
    Frame(AnimationFrame),
    Timeout(Timeout),
    Done,
}

/// A callback scheduled for later, cancelled when this is dropped.
struct Scheduled(Rc<RefCell<Pending>>);

impl Drop for Scheduled {
    fn drop(&mut self) {
        *self.0.borrow_mut() = Pending::Done;
    }
}

/// At the next frame callback, schedules what `then` returns (cancelled in
/// turn when the result is dropped).
fn at_next_frame(then: impl FnOnce() -> Pending + 'static) -> Scheduled {
    let pending = Rc::new(RefCell::new(Pending::Done));
    let next = pending.clone();
    *pending.borrow_mut() = Pending::Frame(request_animation_frame(move |_| {
        *next.borrow_mut() = then();
    }));
    Scheduled(pending)
}

/// Runs `f` as soon as the browser has painted the current frame: a frame
/// callback runs before the paint, a timeout queued from it after.
fn once_painted(f: impl FnOnce() + 'static) -> Scheduled {
    at_next_frame(|| Pending::Timeout(Timeout::new(0, f)))
}

/// Runs `f` once, when the browser has painted the first render: work that
/// can wait (building the search index) is kept off the path to the first
/// paint, and nothing renders again for it.
#[hook]
pub fn use_once_painted<F: FnOnce() + 'static>(f: F) {
    use_effect_with((), move |_| {
        let pending = once_painted(f);
        move || drop(pending)
    });
}

/// False for the first render, true once the browser has painted it: what
/// can wait to be rendered (the collapsed panels' content) comes a frame
/// later. Always true if `from_the_start` (a first render that must show
/// everything).
#[hook]
pub fn use_after_first_frame(from_the_start: bool) -> bool {
    let ready = use_state_eq(|| from_the_start);
    {
        let ready = ready.clone();
        use_once_painted(move || ready.set(true));
    }
    *ready
}

/// What to render while a change to the list `target` reaches the screen a
/// part at a time (see `catch_up`): the render where `target` changes
/// brings its first `first` parts up to date; each later step one more,
/// when the browser is idle, so that the first screen is painted first and
/// a key press or a frame comes before any step waiting. A new target
/// starts again from what is on screen; unmounting cancels the step
/// waiting.
///
/// A keystroke's render then costs what the first screen needs, and no
/// later step holds up the next keystroke for longer than one part.
#[hook]
pub fn use_step_by_step<P: Part + PartialEq + 'static>(target: Vec<P>, first: usize) -> Vec<P> {
    struct Progress<P> {
        target: Vec<P>,
        on_screen: Vec<P>,
        done: usize,
    }
    let progress = use_mut_ref(|| Progress {
        target: target.clone(),
        on_screen: target.clone(),
        done: usize::MAX,
    });
    let (on_screen, pending) = {
        let mut p = progress.borrow_mut();
        if p.target != target {
            p.target = target.clone();
            p.done = first;
        }
        let on_screen = arrange(&target, &p.on_screen, p.done);
        p.on_screen = on_screen.clone();
        let pending = on_screen != target;
        (on_screen, pending)
    };
    let update = use_force_update();
    use_effect(move || {
        let step = pending.then(|| {
            when_idle(move |_| {
                let done = &mut progress.borrow_mut().done;
                *done = done.saturating_add(1);
                update.force_update();
            })
        });
        move || drop(step)
    });
    on_screen
}

/// Calls `reveal` when find-in-page found text inside the element of
/// `node_ref` while it was `hidden="until-found"` (its `beforematch` event;
/// the browser then shows it, and the state must agree). The listener is
/// set again whenever `deps` change (the element may have been replaced).
#[hook]
pub fn use_before_match<D: PartialEq + 'static>(node_ref: NodeRef, reveal: Callback<()>, deps: D) {
    use_effect_with(deps, move |_| {
        let listener = node_ref
            .cast::<web_sys::Element>()
            .map(|element| EventListener::new(&element, "beforematch", move |_| reveal.emit(())));
        move || drop(listener)
    });
}

/// Does one slice of work, going on while the function it is given says
/// so; true when the work is done.
type Work = Box<dyn FnMut(&dyn Fn() -> bool) -> bool>;

/// Work done a slice at a time (see [`use_slices`]).
struct Slices {
    work: Work,
    urgent: bool,
    done: Callback<()>,
    finished: bool,
    /// The slice waiting to run; dropping it cancels it.
    next: Option<Slice>,
}

#[allow(dead_code, reason = "the handles are held only to be dropped")]
enum Slice {
    Idle(Idle),
    Soon(Timeout),
}

/// Schedules the next slice of `slices`: in an idle period, or at once
/// (a timeout) if urgent. Replaces (cancels) the one waiting.
fn schedule(slices: &Rc<RefCell<Slices>>) {
    let this = slices.clone();
    let run = move |more: &dyn Fn() -> bool| {
        let finished = (this.borrow_mut().work)(more);
        if finished {
            let done = {
                let mut s = this.borrow_mut();
                s.finished = true;
                s.next = None;
                s.done.clone()
            };
            done.emit(());
        } else {
            schedule(&this);
        }
    };
    let next = if slices.borrow().urgent {
        Slice::Soon(Timeout::new(0, move || run(&budget(URGENT_SLICE_MS))))
    } else {
        Slice::Idle(when_idle(run))
    };
    slices.borrow_mut().next = Some(next);
}

/// Does `work` a slice at a time, from after the first render on, until it
/// returns true; then emits `done`. Each slice is given whether it may go
/// on. Slices run in the browser's idle periods, as long as each lasts
/// (`requestIdleCallback`), so that nothing waits for them; while `urgent`
/// (something on screen waits for the work) one runs at every turn of the
/// event loop instead, for at most [`URGENT_SLICE_MS`], so that the page
/// still answers in between. Unmounting stops the work.
#[hook]
pub fn use_slices<W>(work: W, urgent: bool, done: Callback<()>)
where
    W: FnMut(&dyn Fn() -> bool) -> bool + 'static,
{
    let slices = use_mut_ref(|| Slices {
        work: Box::new(work),
        urgent,
        done: done.clone(),
        finished: false,
        next: None,
    });
    {
        let slices = slices.clone();
        use_effect_with(urgent, move |&urgent| {
            let reschedule = {
                let mut s = slices.borrow_mut();
                s.done = done;
                let sooner = urgent && !s.urgent;
                s.urgent = urgent;
                !s.finished && (s.next.is_none() || sooner)
            };
            if reschedule {
                schedule(&slices);
            }
        });
    }
    use_effect_with((), move |_| move || drop(slices.borrow_mut().next.take()));
}
