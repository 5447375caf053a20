/*
 * The runtime of every SCO in a Safeguarding Training SCORM 1.2 package (docs/decisions/0026-scorm-export.md).
 *
 * It talks to the LMS only through the SCORM 1.2 API object, found as the run-time specification says: in this
 * window or its parents (at most seven levels up), then in the opener's chain. Without an LMS the SCO still works
 * and says that nothing is recorded.
 *
 * Everything the learner sees from the course data is put into the page as text (textContent), never as markup.
 * The answers are in this page's data: a SCORM package runs entirely in the browser and cannot hide them.
 */
(function () {
    'use strict';

    var root = document.querySelector('main.sco');
    var data = JSON.parse(document.getElementById('sco-data').textContent);
    var lms = connect();

    // ---- SCORM 1.2 API -------------------------------------------------------------------------------------------

    function findApi(win) {
        var tries = 0;
        try {
            while (win.API == null && win.parent != null && win.parent !== win) {
                tries++;
                if (tries > 7) {
                    return null;
                }
                win = win.parent;
            }
            return win.API || null;
        } catch (e) {
            // A parent on another origin cannot be read; there is no API to be found there.
            return null;
        }
    }

    function connect() {
        var api = findApi(window);
        if (api == null && window.opener != null) {
            api = findApi(window.opener);
        }
        var started = false;
        var finished = false;
        var startedAt = Date.now();
        var memory = {};
        if (api != null) {
            started = String(api.LMSInitialize('')) === 'true';
        }
        var status = root.querySelector('.sco-lms');
        if (!started) {
            status.textContent = 'No learning management system was found: your progress and result are not recorded.';
        }
        function get(name) {
            return started ? String(api.LMSGetValue(name)) : (memory[name] || '');
        }
        function set(name, value) {
            if (started) {
                api.LMSSetValue(name, String(value));
            } else {
                memory[name] = String(value);
            }
        }
        function commit() {
            if (started) {
                api.LMSCommit('');
            }
        }
        function finish() {
            if (!started || finished) {
                return;
            }
            finished = true;
            set('cmi.core.session_time', sessionTime(Date.now() - startedAt));
            // "suspend" keeps the place and suspend_data for the next launch; a finished SCO leaves normally.
            var done = ['completed', 'passed'].indexOf(get('cmi.core.lesson_status')) >= 0;
            set('cmi.core.exit', done ? '' : 'suspend');
            api.LMSCommit('');
            api.LMSFinish('');
        }
        window.addEventListener('pagehide', finish);
        window.addEventListener('beforeunload', finish);
        return {get: get, set: set, commit: commit, connected: started};
    }

    /** CMITimespan: HHHH:MM:SS.SS */
    function sessionTime(ms) {
        var seconds = Math.floor(ms / 1000);
        var h = Math.floor(seconds / 3600);
        var m = Math.floor((seconds % 3600) / 60);
        var s = seconds % 60;
        return pad(h, 4) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.00';
    }

    function pad(n, width) {
        var text = String(n);
        while (text.length < width) {
            text = '0' + text;
        }
        return text;
    }

    function readState() {
        try {
            var saved = lms.get('cmi.suspend_data');
            return saved ? JSON.parse(saved) : {};
        } catch (e) {
            return {};
        }
    }

    // ---- shared page pieces --------------------------------------------------------------------------------------

    function element(tag, text, className) {
        var node = document.createElement(tag);
        if (text != null) {
            node.textContent = text;
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function shuffled(list) {
        var copy = list.slice();
        for (var i = copy.length - 1; i > 0; i--) {
            var j = Math.floor(Math.random() * (i + 1));
            var t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return copy;
    }

    function range(n) {
        var result = [];
        for (var i = 0; i < n; i++) {
            result.push(i);
        }
        return result;
    }

    /** A question as a fieldset; the inputs' values are the bank's option indexes. */
    function questionFieldset(question, name, order, number) {
        var fieldset = element('fieldset', null, 'sco-question');
        var legend = element('legend', (number ? number + '. ' : '') + question.prompt
            + (question.multiple ? ' (choose all that apply)' : ''));
        if (question.scenario) {
            fieldset.appendChild(element('p', question.scenario, 'scenario'));
        }
        fieldset.insertBefore(legend, fieldset.firstChild);
        order.forEach(function (index, position) {
            var id = name + '-' + position;
            var input = document.createElement('input');
            input.type = question.multiple ? 'checkbox' : 'radio';
            input.name = name;
            input.id = id;
            input.value = String(index);
            var label = element('label', question.options[index].text);
            label.htmlFor = id;
            var row = element('div', null, 'sco-option');
            row.appendChild(input);
            row.appendChild(label);
            fieldset.appendChild(row);
        });
        return fieldset;
    }

    function chosen(container, name) {
        var result = [];
        container.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
            if (input.checked) {
                result.push(Number(input.value));
            }
        });
        return result;
    }

    /**
     * The marking rule of the app (uk.safeguarding.training.quiz.Grading): right when every correct option and no
     * wrong one is chosen; no partial credit.
     */
    function isCorrect(question, chosenIndexes) {
        for (var i = 0; i < question.options.length; i++) {
            if (question.options[i].correct !== (chosenIndexes.indexOf(i) >= 0)) {
                return false;
            }
        }
        return true;
    }

    function feedbackList(question, order, chosenIndexes) {
        var list = element('ul', null, 'sco-feedback');
        order.forEach(function (index) {
            var option = question.options[index];
            var picked = chosenIndexes.indexOf(index) >= 0;
            var label = option.text + (picked ? ' (your answer)' : '') + (option.correct ? ': correct. ' : ': not correct. ');
            var item = element('li', label + (option.feedback || ''), option.correct ? 'right' : 'wrong');
            list.appendChild(item);
        });
        return list;
    }

    function focus(node) {
        if (node) {
            node.focus();
        }
    }

    // ---- a module: pages and its knowledge check -----------------------------------------------------------------

    function runModule() {
        var pages = root.querySelectorAll('.sco-page');
        var check = root.querySelector('.sco-check');
        var nav = root.querySelector('.sco-nav');
        var previous = nav.querySelector('[data-go="previous"]');
        var next = nav.querySelector('[data-go="next"]');
        var position = nav.querySelector('.sco-position');
        var complete = root.querySelector('.sco-complete');
        var saved = readState();
        var seen = typeof saved.seen === 'string' && saved.seen.length === pages.length ? saved.seen.split('') : range(pages.length).map(function () {
            return '0';
        });
        var answered = Array.isArray(saved.answered) ? saved.answered : [];
        var current = 0;
        var onCheck = false;

        if (lms.get('cmi.core.lesson_status') === 'not attempted' || lms.get('cmi.core.lesson_status') === '') {
            lms.set('cmi.core.lesson_status', 'incomplete');
        }

        function save(location) {
            lms.set('cmi.core.lesson_location', location);
            lms.set('cmi.suspend_data', JSON.stringify({seen: seen.join(''), answered: answered}));
            lms.commit();
        }

        function show(index, moveFocus) {
            onCheck = false;
            current = index;
            check.hidden = true;
            pages.forEach(function (page, i) {
                page.hidden = i !== index;
            });
            seen[index] = '1';
            previous.hidden = index === 0;
            position.textContent = 'Page ' + (index + 1) + ' of ' + pages.length;
            next.hidden = false;
            next.textContent = index < pages.length - 1 ? 'Next page' : (data.checks.length ? 'Knowledge check' : 'Finish module');
            save('page-' + (index + 1));
            if (moveFocus) {
                focus(pages[index].querySelector('h2'));
            }
            completeIfDone();
        }

        function showCheck(moveFocus) {
            onCheck = true;
            pages.forEach(function (page) {
                page.hidden = true;
            });
            check.hidden = false;
            previous.hidden = false;
            position.textContent = 'Knowledge check';
            next.hidden = true;
            save('check');
            if (moveFocus) {
                focus(check.querySelector('h2'));
            }
            completeIfDone();
        }

        function completeIfDone() {
            var unseen = [];
            seen.forEach(function (flag, i) {
                if (flag !== '1') {
                    unseen.push(i + 1);
                }
            });
            var open = data.checks.filter(function (q) {
                return answered.indexOf(q.id) < 0;
            }).length;
            if (unseen.length === 0 && open === 0) {
                if (lms.get('cmi.core.lesson_status') !== 'completed') {
                    lms.set('cmi.core.lesson_status', 'completed');
                    lms.commit();
                }
                complete.textContent = 'You have completed this module.';
            } else if (onCheck) {
                complete.textContent = unseen.length ? 'Pages not read yet: ' + unseen.join(', ') + '.' : '';
            }
        }

        var container = check.querySelector('.sco-questions');
        data.checks.forEach(function (question, number) {
            var name = 'check-' + number;
            var order = shuffled(range(question.options.length));
            var fieldset = questionFieldset(question, name, order, number + 1);
            var button = element('button', 'Check answer');
            button.type = 'button';
            var result = element('div', null, 'sco-check-result');
            result.setAttribute('role', 'status');
            button.addEventListener('click', function () {
                var picked = chosen(fieldset, name);
                if (picked.length === 0) {
                    result.textContent = 'Choose an answer first.';
                    return;
                }
                result.textContent = '';
                result.appendChild(element('p', isCorrect(question, picked) ? 'Correct.' : 'Not quite.'));
                result.appendChild(feedbackList(question, order, picked));
                if (answered.indexOf(question.id) < 0) {
                    answered.push(question.id);
                }
                save('check');
                completeIfDone();
            });
            fieldset.appendChild(button);
            fieldset.appendChild(result);
            container.appendChild(fieldset);
        });

        previous.addEventListener('click', function () {
            show(onCheck ? pages.length - 1 : current - 1, true);
        });
        next.addEventListener('click', function () {
            if (current < pages.length - 1) {
                show(current + 1, true);
            } else {
                showCheck(true);
            }
        });

        // Resume where the learner left off (cmi.core.lesson_location), whatever the LMS says about entry.
        var location = lms.get('cmi.core.lesson_location');
        var match = /^page-(\d+)$/.exec(location);
        if (location === 'check') {
            showCheck(false);
        } else if (match && Number(match[1]) >= 1 && Number(match[1]) <= pages.length) {
            show(Number(match[1]) - 1, false);
        } else {
            show(0, false);
        }
    }

    // ---- the final assessment ------------------------------------------------------------------------------------

    function runAssessment() {
        var form = root.querySelector('.sco-questions');
        var attemptSection = root.querySelector('.sco-attempt');
        var resultSection = root.querySelector('.sco-result');
        var resultBody = resultSection.querySelector('.sco-result-body');
        var byId = {};
        data.questions.forEach(function (q) {
            byId[q.id] = q;
        });

        if (lms.get('cmi.core.lesson_status') === 'not attempted' || lms.get('cmi.core.lesson_status') === '') {
            lms.set('cmi.core.lesson_status', 'incomplete');
            lms.commit();
        }

        /** As the app draws (uk.safeguarding.training.quiz.QuestionDraw): one from every module, the rest at random. */
        function draw() {
            var pools = {};
            data.modules.forEach(function (m) {
                pools[m.id] = [];
            });
            data.questions.forEach(function (q) {
                (pools[q.module] = pools[q.module] || []).push(q.id);
            });
            var picked = [];
            var rest = [];
            Object.keys(pools).forEach(function (module) {
                var pool = shuffled(pools[module]);
                if (pool.length && picked.length < data.perAttempt) {
                    picked.push(pool.shift());
                }
                rest = rest.concat(pool);
            });
            rest = shuffled(rest);
            for (var i = 0; picked.length < data.perAttempt && i < rest.length; i++) {
                picked.push(rest[i]);
            }
            return shuffled(picked).map(function (id) {
                return {id: id, order: shuffled(range(byId[id].options.length))};
            });
        }

        function save(attempt) {
            lms.set('cmi.core.lesson_location', 'assessment');
            lms.set('cmi.suspend_data', JSON.stringify(attempt));
            lms.commit();
        }

        function showAttempt(attempt, moveFocus) {
            resultSection.hidden = true;
            attemptSection.hidden = false;
            form.textContent = '';
            attempt.drawn.forEach(function (drawn, number) {
                form.appendChild(questionFieldset(byId[drawn.id], 'q-' + number, drawn.order, number + 1));
            });
            var submit = element('button', 'Submit answers', 'primary');
            submit.type = 'submit';
            form.appendChild(submit);
            form.onsubmit = function (event) {
                event.preventDefault();
                grade(attempt);
            };
            if (moveFocus) {
                focus(attemptSection.querySelector('h2'));
            }
        }

        function grade(attempt) {
            var right = 0;
            var answers = attempt.drawn.map(function (drawn, number) {
                var picked = chosen(form, 'q-' + number);
                var correct = isCorrect(byId[drawn.id], picked);
                if (correct) {
                    right++;
                }
                return {drawn: drawn, picked: picked, correct: correct};
            });
            // Whole percent rounded down, as the app: 79.9% never passes an 80% mark.
            var score = answers.length ? Math.floor(right * 100 / answers.length) : 0;
            var passed = score >= data.passMark;
            lms.set('cmi.core.score.min', '0');
            lms.set('cmi.core.score.max', '100');
            lms.set('cmi.core.score.raw', String(score));
            // A pass is kept: a later attempt in the same LMS registration cannot turn it into a fail.
            if (lms.get('cmi.core.lesson_status') !== 'passed') {
                lms.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
            }
            var result = {attempt: attempt.attempt, score: score, passed: passed};
            lms.set('cmi.core.lesson_location', 'result');
            lms.set('cmi.suspend_data', JSON.stringify({result: result}));
            lms.commit();
            showResult(result, answers, true);
        }

        function showResult(result, answers, moveFocus) {
            attemptSection.hidden = true;
            resultSection.hidden = false;
            resultBody.textContent = '';
            resultBody.appendChild(element('p', 'Your score: ' + result.score + '%. '
                + (result.passed ? 'You passed' : 'You did not pass') + ' (pass mark ' + data.passMark + '%).', 'sco-score'));
            if (answers) {
                var list = element('ol', null, 'sco-answers');
                answers.forEach(function (answer) {
                    var question = byId[answer.drawn.id];
                    var item = element('li');
                    item.appendChild(element('p', question.prompt + ': ' + (answer.correct ? 'correct.' : 'not correct.')));
                    item.appendChild(feedbackList(question, answer.drawn.order, answer.picked));
                    if (!answer.correct) {
                        var module = data.modules.filter(function (m) {
                            return m.id === question.module;
                        })[0];
                        if (module) {
                            item.appendChild(element('p', 'Revisit ' + module.title + '.'));
                        }
                    }
                    list.appendChild(item);
                });
                resultBody.appendChild(list);
            }
            if (!result.passed) {
                var again = element('button', 'Try again with new questions', 'primary');
                again.type = 'button';
                again.addEventListener('click', function () {
                    var attempt = {attempt: result.attempt + 1, drawn: draw()};
                    save(attempt);
                    showAttempt(attempt, true);
                });
                resultBody.appendChild(again);
            }
            if (moveFocus) {
                focus(resultSection.querySelector('h2'));
            }
        }

        var saved = readState();
        if (saved.result) {
            showResult(saved.result, null, false);
        } else if (Array.isArray(saved.drawn) && saved.drawn.every(function (d) {
            return byId[d.id] && Array.isArray(d.order);
        })) {
            showAttempt(saved, false);
        } else {
            var first = {attempt: 1, drawn: draw()};
            save(first);
            showAttempt(first, false);
        }
    }

    if (data.kind === 'assessment') {
        runAssessment();
    } else {
        runModule();
    }
})();
