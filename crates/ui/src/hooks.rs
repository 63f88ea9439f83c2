//! Hooks shared by the components: work that can wait until the browser has
//! painted what the reader is looking at.

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

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

/// Runs `f` at the start of the frame after the current one, so that its
/// changes are painted one frame later and whatever runs just after the
/// current paint (the next keystroke, say) comes first.
fn in_next_frame(f: impl FnOnce() + 'static) -> Scheduled {
    at_next_frame(|| Pending::Frame(request_animation_frame(move |_| f())))
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

/// `value` as it was a frame ago: the previous value for the render where it
/// changes, then, one frame after that render was painted, the new one. A
/// new value cancels the update still waiting, so while the reader types,
/// what uses the deferred value waits for a pause (React calls this
/// `useDeferredValue`).
#[hook]
pub fn use_deferred<T: PartialEq + Clone + 'static>(value: T) -> T {
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let pending = in_next_frame(move || settled.set(value));
            move || drop(pending)
        });
    }
    (*settled).clone()
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
