from datetime import timedelta
from unittest import mock

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage

from news.models import NewsIndexPage, NewsPage

from .conftest import LANGUAGES


def test_news_approval_workflow_asks_moderators_to_review():
    workflow = Workflow.objects.get(name="News approval")
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.all()) == [Group.objects.get(name="Moderators")]


def test_every_languages_news_index_and_its_posts_use_news_approval(news_index):
    for code in LANGUAGES:
        index = news_index(code)
        assert WorkflowPage.objects.get(page=index).workflow.name == "News approval"
        post = NewsPage.objects.child_of(index).first()
        assert post.get_workflow().name == "News approval"
    other = Page.objects.get(slug="chvens-shesakheb", locale__language_code="en")
    workflow = other.get_workflow()  # Editors publish standard pages themselves: no workflow, or another one
    assert workflow is None or workflow.name != "News approval"


def test_a_new_news_index_gets_the_workflow_at_once():
    home = Page.objects.get(depth=2, locale__language_code="ka")
    index = NewsIndexPage(title="არქივი", slug="arkivi")
    home.add_child(instance=index)
    assert WorkflowPage.objects.get(page=index).workflow.name == "News approval"


def test_submitting_a_post_puts_it_in_review_not_online(client, news_index, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    post = NewsPage(title="განხილვაზე", slug="gankhilvaze", intro="ტექსტი.", live=False)
    news_index("ka").add_child(instance=post)
    revision = post.save_revision(user=editor)
    state = post.get_workflow().start(post, editor)
    post.refresh_from_db()
    assert state.status == "in_progress"
    assert state.current_task_state.task.name == "Moderators review the news post"
    assert not post.live and revision.pk == post.latest_revision_id
    assert client.get("/ka/siakhleebi/gankhilvaze/").status_code == 404


def test_publish_scheduled_publishes_a_post_whose_time_has_come(client, news_index):
    post = NewsPage(title="დაგეგმილი სიახლე", slug="dagegmili-siakhle", intro="ტექსტი.", live=False)
    news_index("ka").add_child(instance=post)
    post.go_live_at = timezone.now() + timedelta(hours=1)
    revision = post.save_revision()
    revision.publish()
    post.refresh_from_db()
    assert not post.live  # scheduled, not yet online
    assert client.get("/ka/siakhleebi/dagegmili-siakhle/").status_code == 404

    call_command("publish_scheduled")
    post.refresh_from_db()
    assert not post.live  # its time has not come

    two_hours_later = timezone.now() + timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=two_hours_later):  # cron runs after go-live
        call_command("publish_scheduled")
    post.refresh_from_db()
    assert post.live
    assert client.get("/ka/siakhleebi/dagegmili-siakhle/").status_code == 200
    assert "დაგეგმილი სიახლე" in client.get("/ka/siakhleebi/").content.decode()
