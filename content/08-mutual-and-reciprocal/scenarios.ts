import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'mutual-and-reciprocal',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'mut-drop-guitar-lessons',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: 'Lessons for lessons',
      situation:
        'Pedro, 47, taught middle-school music for 20 years. For a month you have helped him with job applications at the recovery community center. Today he says, "You won’t take anything for this, so let me give you guitar lessons at my place on Saturdays. Fair’s fair." You have wanted to learn guitar for years. The center has been looking for members to lead its Friday activity nights.',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      options: [
        {
          id: 'music-night',
          text: 'Thank him, say private lessons can’t fit your role, and ask if he’d lead a Friday night here.',
          feedback:
            'This balances both pulls. Private lessons at his home are a dual relationship that many codes and agency policies warn against, so you say no to that part now. He wants to give back and the center needs leaders, so inviting him to lead a night honors his skill, which is what mutual and reciprocal asks; your supervisor can help set it up.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'check-first',
          text: 'Thank him, and say you’ll ask your supervisor about the lessons and give him an answer next week.',
          feedback:
            'Checking with your supervisor is the right move when an offer sits in a gray area, such as a class open to all members. Private lessons at his home are not gray: most codes treat them as a dual relationship. Waiting a week raises a hope you will have to take back, which strains honesty. Decline the private trade now, and point him to the Friday nights.',
        },
        {
          id: 'nothing-owed',
          text: 'Thank him, tell him he doesn’t owe you a thing, and turn back to the job application with him.',
          feedback:
            'The boundary holds and you stay warm. This would be the best reply if he felt in debt but had nothing he wanted to share. Here he has a real gift and the center needs it, so going back to the paperwork casts him as the one who only receives, which is not mutual. Decline the trade and invite him to give in a way that fits your role.',
        },
        {
          id: 'at-the-center',
          text: 'Thank him, and say yes to lessons if the two of you hold them here at the center instead.',
          feedback:
            'Moving the lessons to the center makes them more visible, but it is still a private trade between you and a member you serve, which strains respectful boundaries. A class he led for all members, approved by your supervisor, would be a different matter. Decline the trade and invite him to lead a night.',
          safety: 'unsafe',
          instead:
            'Decline the private trade kindly, and ask if he would like to lead a Friday night at the center, which you can raise with your supervisor.',
        },
      ],
    },
    {
      id: 'mut-warm-telling-her-kids',
      kind: 'rank',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'warmline',
      title: 'Telling the kids',
      situation:
        'Paulette, 39, calls the warmline most Sundays. She has been in recovery from opioid use for five months. She will tell her two children about it tomorrow after school, and she says she knows what she wants to say, except how to begin. She asks, "Did you ever have to tell your kids? Just tell me how you started." You did, years ago.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'first-words',
          text: 'Tell her the few words you opened with, then ask how she’d say it her own way.',
          feedback:
            'This belongs first. She asked for one thing, how you began, and she has told you the rest is ready. A short share with a clear purpose, then a question that hands it back, is Ask–Share–Ask at its best: your story becomes a tool she shapes for her own family.',
        },
        {
          id: 'which-part',
          text: 'Ask which part of your talk she’d like to hear about, and then share that part.',
          feedback:
            'This belongs second. Asking first is usually wise, and it would be the best start if she had not said what she wants. But she already told you: just the start. Asking again makes her wait for the answer she asked for. Listen for the part she names, then share it.',
        },
        {
          id: 'her-plan',
          text: 'Ask what she plans to say so far, and which part of the talk worries her most.',
          feedback:
            'This belongs third. Exploring her plan fits when someone has not thought it through yet. Paulette has, and she asked you a direct question. Turning it back to her without answering can make the call feel one-way, which strains mutuality. Answer briefly, then ask.',
        },
        {
          id: 'whole-talk',
          text: 'Tell her how your whole talk went, from the night before it to the weeks that came after.',
          feedback:
            'This belongs last. A full telling can fit a speaker meeting where people ask for your story. Here she asked for one piece, and a long story centers you and may not match her family. Mutual sharing is brief and has a purpose.',
        },
      ],
    },
    {
      id: 'mut-res-be-my-sponsor',
      kind: 'branch',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'Will you be my sponsor?',
      situation:
        'Otis, 52, leaves the residential program in two weeks. He knows from your story that twelve-step groups are part of your recovery. Today he says, "You get me better than anybody. When I get out, will you be my sponsor? It’s pretty much what you do here anyway."',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'explain-roles',
              text: 'Thank him, explain how a sponsor’s role differs from yours, and offer to help him find one.',
              feedback:
                'He thinks sponsoring is "pretty much" your job, so the most useful thing is to clear that up kindly. A sponsor is a volunteer he picks from his own group; you are staff, with a program and a supervisor. Explaining the difference keeps the boundary, and helping him search keeps you beside him, which is mutual.',
              best: true,
              safety: 'escalates',
              next: 'after-explain',
            },
            {
              id: 'ask-supervisor',
              text: 'Thank him, and say you’ll ask your supervisor about it and give him an answer this week.',
              feedback:
                'Asking your supervisor is right when a request sits in a gray area. This one does not: staff can’t also be a resident’s sponsor, and a week of waiting lets his hope grow, which strains honesty. Answer now, explain why, and use supervision for the harder questions that come next.',
              next: 'after-wait',
            },
            {
              id: 'what-he-hopes',
              text: 'Ask what he hopes a sponsor would give him, and what worries him about going home.',
              feedback:
                'Getting curious about the need behind a request is a good move when the request is vague. Here he asked a clear question and has the wrong idea about your role, so questions first can feel like a dodge. Explain the roles first, then ask what he wants in a sponsor.',
              next: 'after-hopes',
            },
            {
              id: 'rules-no',
              text: 'Thank him, say program rules don’t let staff sponsor residents, and turn to his discharge plan.',
              feedback:
                'The boundary is right, and naming the rule can be enough for someone who already knows why it exists. Otis does not: he thinks a sponsor is what you already are. Stating the rule without the reason, then moving on, is policy-correct but person-absent. Explain the difference and help him find a sponsor.',
              next: 'after-no',
            },
          ],
        },
        {
          id: 'after-explain',
          lead: 'Otis nods slowly. "Okay. Then could you take me to your home group and introduce me to your own sponsor?"',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'his-own-search',
              text: 'Say you keep your own meetings apart from work, and help him list groups near his home.',
              feedback:
                'Your home group is where you get your own support, so keeping it apart from work protects your recovery and his. Helping him find groups near his new home means the search is his, but he is not alone in it. If you are unsure where the line sits, talk it over with your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'bring-him',
              text: 'Say yes to one visit, and let your supervisor know you’re bringing him to your home group.',
              feedback:
                'Telling your supervisor is good, and some programs do take residents to a first meeting. But your home group and your sponsor are your personal recovery life, and bringing him in blurs the roles. If your program offers visits like this, choose a meeting that is not yours.',
            },
            {
              id: 'what-he-wants',
              text: 'Ask what he wants in a home group, and which meetings he has liked best so far.',
              feedback:
                'This is a good question once the search is under way. But it leaves his request hanging, and he may hear your silence as a maybe. Say kindly that your own group stays separate, then ask what he wants as you look together.',
            },
          ],
        },
        {
          id: 'after-wait',
          lead: 'Two days later, your supervisor confirms that staff can’t sponsor residents. Meanwhile, Otis has told his roommate that you will be his sponsor.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'tell-him-today',
              text: 'Tell Otis today what your supervisor said, explain why, and help him find a sponsor.',
              feedback:
                'This owns the delay and fixes it fast. He has started counting on you, so the sooner he hears the answer, and why, the less it hurts. Helping him look keeps the relationship mutual while you hold the boundary.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'supervisor-tells',
              text: 'Ask your supervisor to explain the decision to Otis at his next treatment team meeting.',
              feedback:
                'Having a supervisor explain a decision can help when it is theirs to defend. Here you are the one who said you would answer, and handing it off puts distance between you at a tender time. Tell him yourself, kindly and soon.',
            },
            {
              id: 'wait-for-him',
              text: 'Wait for Otis to bring it up with you again, then tell him what your supervisor decided.',
              feedback:
                'Letting a person raise a topic first can respect their pace. But Otis is already telling people you said yes, and each day makes the news harder to hear. Go to him today and help him find a sponsor.',
            },
          ],
        },
        {
          id: 'after-no',
          lead: 'Otis says, "Right. Rules," and looks away. The rest of the session is quiet.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'repair',
              text: 'Say you saw him go quiet, explain how a sponsor differs from staff, and offer to help.',
              feedback:
                'This repairs the moment. You name what you saw, explain the boundary instead of only stating it, and help with the need behind his request. You keep both the boundary and the connection, and you can check your approach with your supervisor later.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'give-space',
              text: 'Give him some room for today, and come back to sponsors at your next session with him.',
              feedback:
                'Giving space can be kind when someone needs time to cool off. Here the hurt came from how you said no, and he has two weeks left. Waiting leaves the hurt unspoken and his need unmet. Name what happened and help him look for a sponsor now.',
            },
            {
              id: 'ask-exception',
              text: 'Tell him you’ll ask your supervisor whether an exception could be made in his case.',
              feedback:
                'Talking with your supervisor is often wise, but this raises a hope that the rule will bend, which is not honest about the limits. It keeps you as the answer instead of helping him build his own support. Explain the roles and help him find a sponsor.',
            },
          ],
        },
        {
          id: 'after-hopes',
          lead: 'Otis says, "Somebody who gets it. Somebody I can call at night when it gets bad. So will you?"',
          prompt: 'What do you say now?',
          options: [
            {
              id: 'explain-now',
              text: 'Thank him for telling you, explain how a sponsor differs from you, and help him look.',
              feedback:
                'Now you know what he needs, and you can answer his question honestly. A sponsor from his own group can be that person at night; you can’t, because you are staff. Helping him look keeps the boundary and the connection.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'text-me',
              text: 'Say you can’t be his sponsor, but he can text you at night until he finds one.',
              feedback:
                'This is a sponsor role in all but name. After-hours personal contact goes against common rules, and it makes you his only lifeline, which can fail him on a hard night. A respectful boundary protects him too.',
              safety: 'unsafe',
              instead:
                'Explain how a sponsor’s role differs from yours, help him find a sponsor, and share after-hours supports such as a warmline.',
            },
            {
              id: 'warmline-wait',
              text: 'Give him the warmline number for nights, and say you’ll think over the sponsor question.',
              feedback:
                'The warmline is a good night-time support to share. But "I’ll think it over" leaves him hoping for a yes that can’t come, which is not honest. Say clearly that you can’t be his sponsor, explain why, and help him find one.',
            },
          ],
        },
      ],
    },
    {
      id: 'mut-yf-tips-about-your-daughter',
      kind: 'branch',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: 'Tips about your daughter',
      situation:
        'You support Patrice, 44, whose son, 13, is in a youth program after two school suspensions. Months ago you mentioned once that your own daughter had a hard time in middle school. Now Patrice opens most calls by asking about your daughter and offering tips. Each time you answer briefly and turn back to her son, but the next call starts the same way. Today it has taken 15 minutes of your 45.',
      prompt: 'What do you do?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'name-the-pattern',
              text: 'Tell her kindly that calls keep starting with your family, and ask what she makes of it.',
              feedback:
                'A brief answer and a turn back to her son have not worked across several calls, so it is time to talk about the pattern itself. Naming it kindly and asking her view treats the relationship as something you shape together, which is the heart of mutual support. It also opens the door to whatever is behind it.',
              best: true,
              next: 'after-name',
            },
            {
              id: 'brief-redirect',
              text: 'Thank her for asking, say your daughter is doing well, and ask how her son’s week has gone.',
              feedback:
                'This is the right reply the first time someone asks about your family: brief, warm, and back to them. But you have tried it call after call, and the pattern keeps coming back. Doing the same thing again lets the drift grow. Name the pattern and ask what she makes of it.',
              next: 'after-drift',
            },
            {
              id: 'her-own-tips',
              text: 'Thank her for the tip, and ask what has worked best with her own son when he was younger.',
              feedback:
                'Honoring her parenting know-how is mutual, and this would be a fine move when a parent offers a tip once. Here it treats the symptom: calls still open on your family, and the pattern stays unspoken. Name it kindly and ask what she makes of it.',
              next: 'after-drift',
            },
            {
              id: 'supervision-first',
              text: 'Steer back to her son for today, and talk the pattern over with your supervisor this week.',
              feedback:
                'Supervision is a good place to think about how much to share, and you may still want it. But this is a pattern you can name with Patrice yourself, and putting it off means more calls that start the same way. Talk with her about it now, and bring it to supervision too.',
            },
          ],
        },
        {
          id: 'after-name',
          lead: 'Patrice laughs. "Sorry. Talking about your kid is easier than talking about mine." Then she goes quiet.',
          prompt: 'What do you say?',
          options: [
            {
              id: 'curious',
              text: 'Say that makes sense, and ask what makes talking about her son hard right now.',
              feedback:
                'This is the learning stance. Her questions about your daughter were a way around something painful, and now she has named it. Getting curious lets her lead you to what matters most.',
              best: true,
            },
            {
              id: 'me-too',
              text: 'Tell her that talking about your own daughter felt hard for you back then, too.',
              feedback:
                'A brief "me too" can help someone feel less alone, and in another moment it would. Right now she has just named why she steers toward your family, and a share about your daughter steers right back there. Stay with her: ask what makes it hard.',
            },
            {
              id: 'agenda',
              text: 'Tell her you understand, and then walk through the plan for his school meeting.',
              feedback:
                'Moving to the plan fits when someone is ready to act. Here it skips past what she just shared, which strains empathy. She told you why talking about her son is hard, and that is the most important thing in the call. Ask about it before you plan.',
            },
          ],
        },
        {
          id: 'after-drift',
          lead: 'A month later, calls still start with your daughter. Patrice now says she has been worrying about her at night.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'reset',
              text: 'Say you’ve let your family take up too much room, thank her, and turn back to her son.',
              feedback:
                'She is now carrying worry about your family, which is role reversal. Owning your part openly frees her and resets the focus kindly. Talk with your supervisor too, about how much to share next time.',
              best: true,
            },
            {
              id: 'update',
              text: 'Tell her your daughter is doing well these days, and then ask how her son’s week went.',
              feedback:
                'Easing her worry is kind, but another update keeps your family at the center of her calls. The problem is not the news; it is that the support now flows toward you, which is not mutuality. Name it openly and reset the focus.',
            },
            {
              id: 'shorter-calls',
              text: 'Raise it in supervision, and keep your next calls shorter until you have a plan for it.',
              feedback:
                'Supervision is a good step, but pulling back without a word avoids an honest talk with Patrice. She will not know why things changed, and it can feel like rejection. A warm, open reset works better.',
            },
          ],
        },
      ],
    },
    {
      id: 'mut-er-one-of-these-beds',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'er',
      title: 'One of these beds',
      situation:
        'Orlando, 44, came to the emergency department asking for help to stop drinking. He is stable and waiting for a treatment bed that opens in the morning. He has been to treatment twice before. When you introduce yourself as a peer worker in recovery, he asks, "You ever been in one of these beds more than once? What was different the time it worked?" You have been, twice.',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'second-stay',
          text: 'Tell him what made your second stay different, then ask what might help him this time.',
          feedback:
            'He asked a clear, direct question, so a brief share with a purpose is the right first move. One honest piece of your story, then a question that hands it back, keeps the focus on him and lets him take what fits. This is mutual sharing at work.',
          best: true,
        },
        {
          id: 'yes-and-ask',
          text: 'Tell him you have, twice, and ask what’s on his mind tonight as he waits for morning.',
          feedback:
            'A short yes and an open question is a good start when someone only wants to know if you have been there. Orlando asked more: what was different the time it worked. Skipping that part can feel like a dodge. Share that piece briefly, then ask.',
        },
        {
          id: 'what-made-him-ask',
          text: 'Ask what makes him wonder about that tonight, before you say anything more about yourself.',
          feedback:
            'Asking first fits when a question seems to carry a hidden worry. His question is plain and direct, and answering a question with a question can make the relationship feel one-way. Answer briefly, then ask about him.',
        },
        {
          id: 'his-two-stays',
          text: 'Ask what he learned from his own two stays, and what he’d want to keep from them now.',
          feedback:
            'His own experience is real knowledge, and this would be a strong question later. But he asked about yours, and turning it straight back to him passes over his question, which is not mutual. Share briefly first; then ask what he learned.',
        },
      ],
    },
    {
      id: 'mut-reentry-nothing-to-pay-back',
      kind: 'value',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'reentry',
      title: 'Nothing to pay back',
      situation:
        'Quincy, 50, came home from prison eight months ago and comes to your reentry group every week. Tonight he says he should stop coming: "Everybody here keeps helping me, and I can’t pay any of it back." Last week his tips on getting a state ID helped two newer members get theirs.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Yes. Quincy sees support as flowing only one way, toward him. A mutual and reciprocal relationship recognizes that he already gives, as his ID tips show, and that everyone in the group both gives and receives.',
          best: true,
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Close. His know-how is a real strength, and naming it will help. But the heart of the problem is his belief that he only takes, which is about give-and-take in the group, not about what he is good at.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'He is free to stop coming, so choice is in the picture. But no one is pushing him in or out. What is at stake is how he sees his place in the group.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope plays a part, but Quincy is not saying he can’t recover. He is saying he has nothing to give back, which is about mutuality.',
        },
      ],
    },
    {
      id: 'mut-rural-whose-goals',
      kind: 'value',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'rural-telehealth',
      title: 'Whose goals?',
      situation:
        'Petra, 61, has managed her depression for 30 years with a daily routine she built herself. On a video call, she holds up the recovery plan the clinic mailed her. The plan builds on her routine, but staff wrote every goal at a meeting she was not invited to, and the cover letter calls the goals final. She asks, "Don’t I get a say in my own goals?"',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes. The plan already uses her routine, so her strengths are seen. What is missing is her voice: staff decided her goals without her and called them final. Shared power means she shapes her plan with the team, and your part is to back her, for example by helping her ask for a planning meeting she attends.',
          best: true,
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Her thirty years of know-how is real, and learning from it is part of a mutual relationship. But her question is about who decides her plan, not about give-and-take between you and her. That is shared power.',
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Her routine is a real strength, but the plan already builds on it. She is not asking to be seen for what she does well; she is asking who gets a say. That makes shared power most at stake.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'No one is forcing her to take part, so her choice to join is not the issue. The question is her voice inside the plan, which is shared power.',
        },
      ],
    },
    {
      id: 'mut-reentry-treat-you-like-us',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'reentry',
      title: 'They treat you like us',
      situation:
        'Your agency just cut peer staff hours, and you are angry about it. In a session at the reentry center, Porter, 33, tells you the new sign-in rules kept him waiting an hour in the lobby. Then his voice drops: "They treat you like they treat us, huh. Guess nobody here matters." You feel a strong pull to tell him what you really think of the cuts.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'doesnt-matter',
          text: 'Say it sounds like he feels he doesn’t matter here, and ask what’s behind that.',
          feedback:
            'His words are less a question about you than a sign of hurt: "nobody here matters." Staying with that keeps the session his. Your own anger about the cuts is real, and it makes a "me too" risky right now; take it to your supervisor and coworkers, not to Porter. Keeping the focus on him is what keeps the relationship mutual instead of reversed.',
          best: true,
        },
        {
          id: 'brief-and-back',
          text: 'Say yes, staff have felt the changes too, and ask how the new rules are hitting him.',
          feedback:
            'A brief, true yes is a good answer when someone asks plainly how staff are doing. Here Porter is hurting, and while you are angry about the cuts, a "me too" tilts the talk toward staff grievances, the first step toward role reversal. It also asks what he has already told you. Reflect what he said about not mattering.',
        },
        {
          id: 'raise-it',
          text: 'Offer to help him raise the sign-in rules at the next members’ meeting, if he wants.',
          feedback:
            'Helping someone speak up is good advocacy when they are ready to act. Right now he has just said he feels he does not matter, and moving to a plan skips past that. Hear him first; if he wants to push back on the rules, help him then.',
        },
        {
          id: 'staff-matters',
          text: 'Tell him staff matters stay between staff, and ask how the new rules are hitting him.',
          feedback:
            'This boundary fits when someone presses for private staff details. Porter is not prying; he is hurting, and a "staff matters" line sets you apart, which confirms his fear that he does not matter. Stay with what he said.',
        },
      ],
    },
    {
      id: 'mut-drop-she-goes-quiet',
      kind: 'multi',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: 'She goes quiet',
      situation:
        'You have met with Paige, 29, three times at the recovery community center. Each time you suggest a next step toward the job she says she wants, she goes quiet and changes the subject. Today she almost skipped your meeting. When she sits down, she says, "Can we not do the job stuff today?"',
      prompt: 'Which responses fit this moment? Choose all that apply.',
      options: [
        {
          id: 'her-agenda',
          text: 'Say yes to that, and ask what she’d most like to use today’s time for instead.',
          feedback:
            'Correct. She asked plainly to set the job aside, and saying yes shows the work is shaped by both of you, not run by you. Asking what she wants treats her as the one who knows what she needs today.',
          correct: true,
        },
        {
          id: 'own-your-part',
          text: 'Say you may have pushed too fast, and ask how your meetings have felt to her.',
          feedback:
            'Correct. Her silences and near-miss today suggest your pace may be part of the problem. Owning your part and asking her view turns the question from what is wrong with her to what is happening between you, which is the mutual stance.',
          correct: true,
        },
        {
          id: 'why-hard',
          text: 'Ask what makes the job feel hard to talk about, and listen without giving advice.',
          feedback:
            'Not correct. Curious listening with no advice is a strong move when someone is ready to look at what is hard. Paige just asked to leave the job alone today, so asking about it, however gently, keeps the job on the table. Honor her request and let her set the agenda.',
          correct: false,
        },
        {
          id: 'share-yours',
          text: 'Tell her job hunting stalled you for a while too, and ask what feels hard about it.',
          feedback:
            'Not correct. A brief share and a question is good Ask–Share–Ask in many moments. Here it steers straight back to the job she asked to set aside, so it does not honor her request. Follow her lead today.',
          correct: false,
        },
        {
          id: 'case-manager',
          text: 'Ask her case manager after the meeting what might be behind her silence.',
          feedback:
            'Not correct. Coordinating with a case manager helps when the person agrees and the question is theirs to answer. Here Paige is sitting in front of you and just told you something. Asking someone else first skips the person who knows, which strains respect and trust.',
          correct: false,
        },
      ],
    },
    {
      id: 'mut-yf-their-playlist',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: 'The playlist',
      situation:
        'You are a youth peer mentor. Quinn, 16, uses they/them pronouns. Last week Quinn walked you through their phone list of songs matched to feelings, which they play between classes, and you learned a lot. Today they say, "The songs work, but I can’t use my phone in class, and that’s when I blow up. You said you had some stuff for that?" You have a coping-skills worksheet in your bag.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'take-out-sheet',
          text: 'Take out the worksheet, and ask which tools might work in class without a phone.',
          feedback:
            'Quinn taught you their system last week; now they are asking for what you bring. Offering it, and letting them choose what fits, is the give-and-take of a mutual relationship. Holding back a tool they asked for would make it one-way in the other direction.',
          best: true,
        },
        {
          id: 'their-idea',
          text: 'Ask what they think might work in class, the way the songs work between classes.',
          feedback:
            'Drawing on their own know-how is a strong move when someone has not asked for your ideas. Quinn asked you directly for "some stuff." Turning the question back can feel like you are holding out on them, which is not mutual. Share the tools, and let them choose.',
        },
        {
          id: 'what-happens',
          text: 'Ask what happens in class right before they blow up, and what they notice first.',
          feedback:
            'Exploring what sets off the anger is useful, and you may get there. But they asked for tools you said you had, and more questions first can feel like a runaround. Bring out the worksheet, then explore which tools fit the moments they describe.',
        },
        {
          id: 'your-class-story',
          text: 'Tell them what you used to do in class at their age when you couldn’t use music.',
          feedback:
            'A brief share can help when someone asks what you did. Quinn asked for the tools you mentioned, and a story about your school days moves the focus to you. Offer the worksheet and let them pick what fits.',
        },
      ],
    },
    {
      id: 'mut-warm-the-group-she-skips',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'warmline',
      title: 'The group she skips',
      situation:
        'Queenie, 67, has called the warmline most nights since her husband died in the spring. Three times you have mentioned a free grief group near her home. Tonight she says she didn’t go and won’t: "I don’t want a room of strangers. I want to talk about him with you." You feel a flash of irritation, as if she is wasting your help.',
      prompt: 'What is the best next step?',
      options: [
        {
          id: 'about-him',
          text: 'Say that’s all right, and ask what she’d like to tell you about him tonight.',
          feedback:
            'She has told you what she wants from these calls, and this honors it. Support is not a trade, and she does not owe you follow-through on your ideas. Take the irritation to supervision later; in the call, let her lead.',
          best: true,
        },
        {
          id: 'door-open',
          text: 'Tell her the group will be there if she changes her mind, and ask how her week went.',
          feedback:
            'Leaving a door open is a kind way to end a topic when someone is unsure. Queenie is not unsure, and she told you what she wants: to talk about her husband. Mentioning the group again and asking about her week misses that. Let her lead.',
        },
        {
          id: 'in-the-way',
          text: 'Ask what got in the way of going, and whether a friend could go along with her.',
          feedback:
            'Exploring what is in the way is a good move when someone wants to go but something blocks them. Queenie has said she does not want a group. Asking again keeps the focus on your plan, which can feel like keeping score. Let her talk about her husband.',
        },
        {
          id: 'her-call',
          text: 'Say it’s her call, and ask what she’d like these calls to be for from now on.',
          feedback:
            'Handing the choice back is a good move when you don’t know what someone wants. Queenie just told you: she wants to talk about her husband. Asking again makes her repeat herself and keeps the talk on your plan instead of on him. Take her at her word and let her lead.',
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'mut-rural-what-do-you-take',
      kind: 'single',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'rural-telehealth',
      title: 'What do you take?',
      situation:
        'Pilar, 34, lives two hours from the nearest clinic and meets with you by video. Three weeks ago a telehealth prescriber started her on a medicine for depression, and she says she feels "flat." Her video visit with him is tomorrow. "Last time my mind went blank and I said I was fine," she says. "I want to do the talking myself, but I don’t know what to tell him." She knows medication is part of your own recovery, and asks, "What do you take? If it works for you, I’ll ask for that."',
      prompt: 'What do you say?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'join-visit',
          text: 'Say your medicine was worked out with your prescriber, and offer to join her video visit tomorrow.',
          feedback:
            'Offering to join a visit is good backup when someone asks for it or gets talked over. But Pilar said she wants to do the talking herself; what she lacks is knowing what to say. Joining can take over the very part she wants to own. Share how you worked with your prescriber, and help her get ready to speak for herself.',
        },
        {
          id: 'share-process',
          text: 'Say it took a few honest talks with your prescriber, and offer to help her list what she noticed.',
          feedback:
            'This answers her question honestly without turning your medicine into advice: what you take came out of your own talks with your prescriber, and hers should come from hers. Helping her list what she has noticed gives her the words she said she lacks, while she does the talking, as she wants. That is mutual support that stays in role.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'ask-flat',
          text: 'Ask what "flat" has felt like day to day, and when she first noticed the change in herself.',
          feedback:
            'Exploring how she feels is a good move, and it can help her find words for tomorrow. But she asked you a direct question, and answering with only a question can feel like a wall, which is not mutual. Share honestly how you worked with your prescriber, then help her list what she has noticed.',
        },
        {
          id: 'name-it',
          text: 'Tell her the name of your medicine, and say that her prescriber should make the final call.',
          feedback:
            'Pointing to her prescriber is right, but naming your medicine turns a mutual share into medication advice, and she has said she would ask for yours. What works for one person can be wrong for another. Share how you worked with your prescriber, not what you take.',
          safety: 'unsafe',
          instead:
            'Keep your own medicine private, say it was worked out with your prescriber, and offer to help her list what she has noticed for tomorrow.',
        },
      ],
    },
    {
      id: 'mut-drop-a-hard-stretch',
      kind: 'multi',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: 'A hard stretch',
      situation:
        'You have been in recovery for six years and work at a recovery community center. Since a breakup two weeks ago, your cravings have been strong, and you have skipped your own meetings. Today you snapped at a member over something small, and your mind kept drifting in sessions. Your next regular supervision meeting is two weeks away.',
      prompt: 'Which steps fit? Choose all that apply.',
      safety: ['own-distress'],
      options: [
        {
          id: 'supervisor-today',
          text: 'Tell your supervisor today what has been going on, and ask what support is there for you.',
          feedback:
            'Correct. Some state codes, such as those in Illinois and Virginia, ask peer workers to keep their own recovery first and to get support when something affects their work. With strong cravings and your work slipping, today is the time. Telling your supervisor early protects you and the members.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'own-supports',
          text: 'Call your sponsor tonight, and plan to get back to one of your own meetings this week.',
          feedback:
            'Correct. Your own supports are where your struggles belong. Getting back to what keeps you well is how you keep your recovery first.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'brief-sorry',
          text: 'Tell the member you snapped at that you’re sorry, and ask how his day is going.',
          feedback:
            'Correct. A short, honest apology repairs trust and shows that staff own their mistakes too. Leaving out your personal life keeps him from carrying your load.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'next-supervision',
          text: 'Put it on the list for your next regular supervision meeting with your supervisor.',
          feedback:
            'Not correct. Regular supervision is the right place for slower-moving concerns. Yours is two weeks away, and with strong cravings and your work slipping, that is too long to wait. Waiting puts your recovery at risk. Speak up today.',
          correct: false,
          safety: 'unsafe',
          instead: 'Tell your supervisor today, and reach out to your own supports tonight.',
        },
        {
          id: 'tell-the-group',
          text: 'Tell this afternoon’s member group what your week has been like, and ask about theirs.',
          feedback:
            'Not correct. A brief share can build trust in a group when it is about something you have worked through. Your cravings and breakup are happening now, and sharing them with members is role reversal: they would end up worrying about you. Take current struggles to your supervisor and your own supports.',
          correct: false,
        },
      ],
    },
    {
      id: 'mut-er-the-same-road',
      kind: 'value',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'er',
      title: 'The same road?',
      situation:
        'You are a peer bridger in the emergency department. Your own recovery is from depression and alcohol use; you have never used opioids. Owen, 28, is waiting to start medication for opioid use disorder. He asks, "You’ve been through fentanyl too, right?" You sense that a yes, or a nod that lets him believe it, would win his trust fast.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Yes. The choice in front of you is whether to say, or let him believe, something untrue about your own story. Many codes ask peer workers to represent their experience accurately. You can say honestly what you do share, such as knowing what it is like to need help, and stay curious about the rest.',
          best: true,
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Shared experience is the bridge in a mutual relationship, so the pull makes sense. But the question is not how much to share or who gives and receives; it is whether what you say is true. A bond built on a false claim is not really mutual. Honesty is most at stake.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Empathy matters here, and it means not claiming to know exactly how he feels. But the choice in front of you is whether to say something untrue, so honesty is most at stake.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Your presence can show him recovery is possible, so hope is part of this. But hope built on a false claim will not hold. The deciding question is honesty.',
        },
      ],
    },
    {
      id: 'mut-reentry-tell-the-judge',
      kind: 'single',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'reentry',
      title: 'Tell the judge',
      situation:
        'Quentin, 39, has met with you every week since he left prison a year ago. He has a custody hearing for his son next month. He asks you to come to court and tell the judge, as his friend, that he is "a changed man." "You know me better than anyone," he says. Your agency’s written policy is clear: staff do not speak in court or write letters for members, and legal questions go to a lawyer or legal aid.',
      prompt: 'What do you say?',
      safety: ['role-limits', 'legal'],
      options: [
        {
          id: 'lawyer-questions',
          text: 'Say you can’t speak for him in court, and offer to help him list questions for his lawyer.',
          feedback:
            'This balances loyalty and role. The policy leaves no gray area, so an honest no now is kinder than a maybe. Helping him prepare for his lawyer or legal aid keeps you beside him at a hard time, which is mutual, while the legal choices stay with someone trained to make them. Let your supervisor know he asked.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'check-role',
          text: 'Say you can’t speak as his friend, and that you’ll ask your supervisor what your role allows.',
          feedback:
            'Checking with your supervisor is the right move when the rules are unclear, and some agencies do let staff write factual letters. Yours does not, and the policy is written down. Asking anyway raises a hope you already know will be let down, which strains honesty. Say no clearly and help him prepare for his lawyer.',
        },
        {
          id: 'factual-letter',
          text: 'Offer to write the judge a factual letter about his year, and tell your supervisor once it’s sent.',
          feedback:
            'In some agencies a factual letter is allowed, and your supervisor should know about it. Yours forbids it, and a court letter sent outside policy can hurt his case and your program. Stay in role: say no kindly and help him get ready to talk with his lawyer.',
          safety: 'unsafe',
          instead:
            'Tell him honestly you can’t speak or write for him in court, and offer to help him prepare questions for his lawyer or legal aid.',
        },
        {
          id: 'his-words',
          text: 'Ask what he most wants the judge to know, and help him put it in his own words.',
          feedback:
            'Helping someone find their own voice is a strong move in many settings. But what he says in a custody case is a legal matter his lawyer should guide, and this leaves his request unanswered. Tell him honestly what you can’t do, then help him get ready for his lawyer.',
        },
      ],
    },
    {
      id: 'mut-er-what-do-you-get',
      kind: 'single',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'er',
      title: 'What do you get out of it?',
      situation:
        'Preston, 31, is in the emergency department after a car crash while drinking. He is stable and waiting to go home. When you introduce yourself as a peer recovery worker, he smirks. "So what do you get out of this? They pay you to tell sad stories?" He crosses his arms and waits for your answer.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'both-ways',
          text: 'Tell him yes, you’re paid, and the work also helps keep your recovery strong.',
          feedback:
            'He asked a plain question and is waiting to see if you will answer it straight. A short, true answer shows the relationship runs both ways: you gain from the work too. That earns the trust you need before you ask about him.',
          best: true,
        },
        {
          id: 'see-people-change',
          text: 'Say you get to see people turn things around, and ask what would help him tonight.',
          feedback:
            'Naming what moves you can build hope, and in another talk it would fit. But he asked about pay, and this steps around it with a noble answer, casting you as a helper with nothing to gain. That one-way picture is what he is wary of. Answer honestly first.',
        },
        {
          id: 'met-helpers',
          text: 'Say it sounds like he’s met helpers who didn’t help much, and ask about that.',
          feedback:
            'Reflecting the feeling under a jab can work when someone has hinted at bad past help. Preston has not; he asked what you get, and he is waiting. Guessing at his history instead of answering can feel like a dodge. Answer honestly first.',
        },
        {
          id: 'explain-role',
          text: 'Explain what a peer worker does here, and what you could offer him tonight.',
          feedback:
            'Explaining your role helps when someone does not know what a peer worker is. He asked something else: what you get out of it. Describing your services answers the jab, not the question. An honest word about what you gain keeps you side by side.',
        },
      ],
    },
    {
      id: 'mut-warm-exactly-what-you-did',
      kind: 'branch',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'warmline',
      title: 'Exactly what you did',
      situation:
        'Oscar, 58, calls the warmline. He stopped drinking three weeks ago, and he says evenings are the hardest part. He asks, "How did you get through the evenings in your first year? I want to hear it from someone who’s done it."',
      prompt: 'What do you say?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'evenings',
              text: 'Tell him, in a few sentences, what got you through the evenings that first year.',
              feedback:
                'He named the part he wants and asked for it directly, so a short, focused share is the right first move. Your story becomes a tool for his recovery, which is what mutual sharing is for. The next step is to hand it back to him.',
              best: true,
              next: 'after-share',
            },
            {
              id: 'ask-which-part',
              text: 'Say you’re glad to share, and ask which part of that year he’d most like to hear.',
              feedback:
                'Asking first is good Ask–Share–Ask when you do not know what would help. Oscar already told you: the evenings. Asking again makes him wait for what he asked for. Share that part briefly.',
            },
            {
              id: 'his-evenings',
              text: 'Ask what his evenings have been like this week, and what has helped him so far.',
              feedback:
                'His own evenings are real knowledge, and this is a good question in many calls. But he asked to hear from someone who has done it, and turning it back to him without sharing can make the call feel one-way. Share briefly, then ask.',
            },
            {
              id: 'whole-year',
              text: 'Walk him through your first year, month by month, and the turns along the way.',
              feedback:
                'He asked, so sharing is fair, but a full year’s story is far more than the evenings he asked about, and it centers you instead of him, which is not mutual. Share the part he asked for, and keep it short.',
              next: 'after-story',
            },
          ],
        },
        {
          id: 'after-share',
          lead: 'You tell him briefly that you joined a six o’clock walking group and called one friend each night. He says, "Then that’s what I’ll do. Exactly what you did. You know better than me."',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'how-it-fits',
              text: 'Ask which parts of that might fit his evenings, and what already helps him.',
              feedback:
                'This is the last Ask. "You know better than me" is the one-way idea mutuality undoes. Your path is one path, and asking how it fits lets Oscar take what is useful and build his own plan from what he already knows.',
              best: true,
            },
            {
              id: 'find-a-group',
              text: 'Offer to look up walking groups near him while the two of you are on the call.',
              feedback:
                'Helping with a next step is right once someone has chosen a plan that fits them. Oscar chose yours because he thinks you know better, and this confirms it. Ask what fits his evenings first, then help with the parts he picks.',
            },
            {
              id: 'other-ideas',
              text: 'Tell him yours is one way, and share a few other evening plans that help people.',
              feedback:
                'You are right that your path is one path, but offering more plans still puts the ideas with you, which strains shared power. Ask what he thinks would help, and let him lead.',
            },
          ],
        },
        {
          id: 'after-story',
          lead: 'Ten minutes later you are still talking. Oscar has gone quiet. Then he says, "I guess I’m not doing it right, then."',
          prompt: 'What now?',
          options: [
            {
              id: 'hand-back',
              text: 'Stop, say you went on too long, and ask what his evenings are like right now.',
              feedback:
                'This repairs the moment. Owning that you talked too long is honest, and asking about his evenings hands the call back to him. His way can look different from yours.',
              best: true,
            },
            {
              id: 'no-right-way',
              text: 'Tell him there’s no right way and he’s doing fine, then finish your first year.',
              feedback:
                'The reassurance is kind, but going back to your story keeps you at the center, which is not mutual. He just told you your story made him feel behind. Stop and turn to him.',
            },
            {
              id: 'three-tips',
              text: 'Tell him he’s doing fine, and give him three tips from your story for this week.',
              feedback:
                'Tips from your path still make your path the standard, which is not open-minded. He needs room to say what is hard for him. Ask about his evenings first.',
            },
          ],
        },
      ],
    },
    {
      id: 'mut-res-the-voucher-rules',
      kind: 'rank',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'The voucher rules',
      situation:
        'In a residential group, you are explaining how to apply for a county housing voucher. Several residents plan to apply this week. Odessa, 63, says a friend told her the rules changed last month and that one step you described would now get an application turned down. She hasn’t seen the new rules herself, and no one else in the room has applied. The others look from her to you.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'check-office',
          text: 'Thank her, and say you’ll check the step with the housing office today.',
          feedback:
            'This belongs first. You take her correction seriously instead of defending yourself, which shows that learning flows both ways. Because her news is second-hand and people apply this week, checking it today, and telling everyone what you learn, protects them from a wrong step either way.',
        },
        {
          id: 'her-turn',
          text: 'Thank her, and ask her to walk the group through the step that changed.',
          feedback:
            'This belongs second. Learning from a resident is mutual, and it would be the best move if she had been through the new process herself. She heard it from a friend, so having her teach it as fact could spread a mistake. Check it with the office first.',
        },
        {
          id: 'ask-room',
          text: 'Thank her, and ask if others have applied lately and what they ran into.',
          feedback:
            'This belongs third. Opening a question to the whole group is a good move when many people have experience. No one here has applied, so the question gets no answers and leaves the doubt hanging.',
        },
        {
          id: 'keep-going',
          text: 'Thank her, say where your steps came from, and keep going for now.',
          feedback:
            'This belongs last. Keeping a group on track can be right when a side point does not matter much. This one does: a wrong step could cost someone a voucher this week. It also treats staff as the only source of knowledge.',
        },
      ],
    },
    {
      id: 'mut-res-speaker-night',
      kind: 'multi',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'Speaker night',
      situation:
        'A residential program asks you to speak at its weekly recovery night: twenty minutes, about twelve residents, all in its twelve-step track. Staff say the residents asked to hear how a speaker worked the steps in the first year, and they ask speakers to skip detailed stories of their worst times, since several residents are new. You are in the middle of a hard stretch with your teenage son, and you are still sorting it out in supervision.',
      prompt: 'Which plans fit how a peer worker shares lived experience here? Choose all that apply.',
      options: [
        {
          id: 'my-steps',
          text: 'Tell them how you worked the steps in your first year, and what helped you most.',
          feedback:
            'Correct. This is what the residents asked for, and they share your path, so your story serves their need. Offer it as your experience, not a rule, and it stays mutual.',
          correct: true,
        },
        {
          id: 'leave-time',
          text: 'Keep your story to about ten minutes, and leave time for residents to talk.',
          feedback:
            'Correct. Leaving room for residents treats their experience as real knowledge. Everyone in the room has something to teach.',
          correct: true,
        },
        {
          id: 'lowest-night',
          text: 'Open with the full story of your lowest night, before you found recovery.',
          feedback:
            'Not correct. Many speaker meetings start with "what it was like," and in some rooms that fits. Staff asked you to skip detailed stories of worst times because several residents are new. A full story of your lowest night could upset them and shift the focus to your past.',
          correct: false,
        },
        {
          id: 'mention-son',
          text: 'Mention that you’re going through a hard time with your son right now.',
          feedback:
            'Not correct. Sharing a struggle can be powerful once you have worked through it. This one is still unfolding, and you are sorting it out in supervision. Mutual does not mean sharing what you are struggling with now; keep it with your supervisor and your own supports.',
          correct: false,
        },
        {
          id: 'many-paths',
          text: 'Describe several paths to recovery besides your own, and what each one offers.',
          feedback:
            'Not correct. Naming many paths is open-minded, and it would fit a group on mixed paths that asked for an overview. These residents asked for how you worked the steps, and describing paths you have not lived is teaching, not sharing lived experience.',
          correct: false,
        },
      ],
    },
    {
      id: 'mut-yf-you-dont-have-kids',
      kind: 'single',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: 'You don’t have kids',
      situation:
        'You co-lead a support group for parents of teens in a youth program. You spent your own teen years in foster care, but you are not a parent, and you have not told this group your background yet. Percy, 45, says, "No offense, but you don’t have kids. What do you even bring to this?" The other parents nod and look at you, waiting.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'both-sides',
          text: 'Agree you don’t know it as a parent, and say you know it from the teen’s side.',
          feedback:
            'He asked a direct question, and the group is waiting for your answer. Owning what you don’t know and naming what you do bring is honest and mutual: both kinds of knowledge now have a place. Later, you can invite the parents to teach you their side.',
          best: true,
        },
        {
          id: 'reflect',
          text: 'Say it sounds like he’s had his fill of advice from people who haven’t been there.',
          feedback:
            'Reflecting the feeling behind a challenge helps when someone is venting. Percy asked what you bring, and the whole group is waiting. Reflecting without answering can look like a dodge. Answer honestly first.',
        },
        {
          id: 'ask-parents',
          text: 'Say that’s fair, and ask the parents what they’d want you to understand about it.',
          feedback:
            'Inviting parents to teach you is mutual, and it is a good next step. But it skips the question put to you, and the group still does not know what you bring. Answer honestly first, then invite them in.',
        },
        {
          id: 'your-role',
          text: 'Explain that you’re here to support the group, not to give parenting advice.',
          feedback:
            'Clarifying your role helps when someone expects you to be the expert. Percy is asking something else: what you bring. A role statement without your own story keeps you at a distance. Share honestly what you know and what you don’t.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
