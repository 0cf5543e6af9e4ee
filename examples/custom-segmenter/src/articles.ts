/**
 * Two short Thai reports of one (invented) earthquake, written for this example. They agree on the
 * date and the toll, cite the same source, and disagree on the magnitude. The dates are ISO because @corpus/entities has no
 * Thai month names yet; its language-free recognisers read ISO dates and numbers in any language.
 */
export const articles = [
  {
    name: 'chiangrai-daily.txt',
    lang: 'th',
    text: 'แผ่นดินไหวขนาด 6.1 เกิดขึ้นที่จังหวัดเชียงรายเมื่อวันที่ 2026-03-05 ตามรายงานของกรมอุตุนิยมวิทยา มีผู้เสียชีวิต 3 คน และผู้บาดเจ็บ 27 คน',
  },
  {
    name: 'northern-news.txt',
    lang: 'th',
    text: 'แผ่นดินไหวขนาด 6.4 สั่นสะเทือนภาคเหนือเมื่อวันที่ 2026-03-05 ตามข้อมูลของกรมอุตุนิยมวิทยา มีผู้เสียชีวิต 3 คน',
  },
];
