package dev.toasty.suite.models;

import java.util.List;

/** Every model of the suite; each backend's schema holds them all. */
public final class Models {

    private Models() {
    }

    public static final List<Class<?>> ALL = List.of(User.class, Membership.class, Document.class, Account.class, Vet.class,
            Everything.class, Product.class, Team.class, Customer.class, Tag.class,
            dev.toasty.suite.models.blog.Member.class, dev.toasty.suite.models.blog.Post.class,
            dev.toasty.suite.models.blog.Photo.class, dev.toasty.suite.models.blog.Comment.class,
            dev.toasty.suite.models.blog.Label.class, dev.toasty.suite.models.blog.Labeling.class,
            dev.toasty.suite.models.blog.Category.class, dev.toasty.suite.models.blog.Follow.class,
            dev.toasty.suite.models.blog.Profile.class, dev.toasty.suite.models.blog.Notebook.class,
            dev.toasty.suite.models.blog.Note.class, dev.toasty.suite.models.blog.Cover.class,
            dev.toasty.suite.models.types.Typed.class, dev.toasty.suite.models.types.Timed.class,
            dev.toasty.suite.models.types.JsonDoc.class, dev.toasty.suite.models.types.Tagged.class,
            dev.toasty.suite.models.types.Shipment.class, dev.toasty.suite.models.types.Invoice.class,
            dev.toasty.suite.models.types.Article.class, Counter.class, Gauge.class, Signup.class, Job.class);
}
